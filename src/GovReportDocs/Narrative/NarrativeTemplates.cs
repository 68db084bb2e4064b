using System.Reflection;
using System.Text.RegularExpressions;
using GovReportDocs.Files;
using GovReportDocs.Model;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace GovReportDocs.Narrative;

/// <summary>
/// The narrative templates (templates/zh-CN): the embedded set, overridden file by file from a directory or from
/// strings. Compiled when built; an instance is immutable and thread-safe, so build one and share it, and build a
/// new one to see edited files.
/// </summary>
public sealed partial class NarrativeTemplates
{
    /// <summary>The names of the templates, without extension.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "title", "preamble", "overview-proactive", "overview-on-request", "overview-management", "overview-platform",
        "overview-supervision", "problems", "fees", "closing",
    ];

    /// <summary>Every variable the templates and the text of an input file may use, with what it holds.</summary>
    public static IReadOnlyList<TemplateVariable> Variables => TemplateData.Variables;

    private const string ResourcePrefix = "GovReportDocs.Templates.zh_CN.";

    private static readonly Lazy<NarrativeTemplates> LazyDefault = new(() => new NarrativeTemplates(new Dictionary<string, (string, string)>()));

    private readonly IHandlebars _handlebars = Handlebars.Create(new HandlebarsConfiguration
    {
        NoEscape = true,
        ThrowOnUnresolvedBindingExpression = true,
    });

    private readonly Dictionary<string, (string Source, string Text, HandlebarsTemplate<TextWriter, object, object> Render)> _templates = [];

    private NarrativeTemplates(IReadOnlyDictionary<string, (string Source, string Text)> overrides)
    {
        foreach (var name in Names)
        {
            var (source, text) = overrides.TryGetValue(name, out var given) ? given : ($"templates/zh-CN/{name}.hbs", ReadEmbedded(name));
            CheckBounds(text, source);
            _templates[name] = (source, text, Compile(text, source));
        }

        // An unknown variable is found when a template runs; running each once on a full and on an empty report
        // finds it now, at load, rather than in the middle of a batch.
        foreach (var sample in TemplateData.Samples)
        {
            foreach (var name in Names)
            {
                Render(name, sample);
            }
        }
    }

    /// <summary>The embedded templates.</summary>
    public static NarrativeTemplates Default => LazyDefault.Value;

    /// <summary>The embedded templates overridden by the <c>.hbs</c> files of <paramref name="directory"/>, read now.</summary>
    /// <exception cref="NarrativeException">The directory is missing, holds a file named after no template, or a template is broken.</exception>
    public static NarrativeTemplates FromDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new NarrativeException(directory, null, "模板目录不存在");
        }

        var overrides = new Dictionary<string, (string, string)>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.hbs").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            Known(name, file);
            try
            {
                overrides[name] = (file, TextDecoding.Decode(BoundedFile.ReadAllBytes(file, Limits.MaxTemplateBytes), file).Text);
            }
            catch (ReportReadException e)
            {
                throw new NarrativeException(file, null, e.Message);
            }
        }

        return new NarrativeTemplates(overrides);
    }

    /// <summary>The embedded templates overridden by the given texts, by template name (e.g. <c>fees</c>).</summary>
    /// <exception cref="NarrativeException">A name is no template's, or a template is broken.</exception>
    public static NarrativeTemplates FromStrings(IReadOnlyDictionary<string, string> templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var overrides = new Dictionary<string, (string, string)>();
        foreach (var (name, text) in templates)
        {
            Known(name, name);
            overrides[name] = ($"{name}.hbs", text);
        }

        return new NarrativeTemplates(overrides);
    }

    /// <summary>The text of one template as this set has it (embedded or overridden).</summary>
    public string TextOf(string name) => _templates[name].Text;

    /// <summary>Renders one named template with a report's variables.</summary>
    /// <exception cref="NarrativeException">The template uses an unknown variable.</exception>
    internal string Render(string name, IReadOnlyDictionary<string, object> data)
    {
        var (source, text, render) = _templates[name];
        try
        {
            return Expansion.Run(writer => render(writer, data, null!));
        }
        catch (Exception e) when (e is ExpansionTooLargeException || e.InnerException is ExpansionTooLargeException)
        {
            throw new NarrativeException(source, null, (e as ExpansionTooLargeException ?? e.InnerException!).Message);
        }
        catch (HandlebarsUndefinedBindingException e)
        {
            throw new NarrativeException(source, LineOf(text, e.Path, last: false), $"未知的变量“{e.Path}”");
        }
        catch (HandlebarsException e)
        {
            throw new NarrativeException(source, null, $"模板错误：{Explain(e.Message)}");
        }
    }

    /// <summary>Renders a text from the input, which may quote variables (and nothing else).</summary>
    /// <param name="text">The text as given.</param>
    /// <param name="source">Its key in the input, e.g. <c>overview.onRequest</c>, for messages.</param>
    /// <param name="data">The report's variables.</param>
    /// <exception cref="NarrativeException">The text uses an expression that is no variable, or an unknown variable.</exception>
    internal static string RenderText(string text, string source, IReadOnlyDictionary<string, object> data) =>
        TextVariables.HasExpressions(text) ? TextVariables.Substitute(text, source, data) : text;

    private static void Known(string name, string where)
    {
        if (!Names.Contains(name))
        {
            throw new NarrativeException(where, null, $"没有名为“{name}”的模板（可替换的模板：{string.Join("、", Names)}）");
        }
    }

    /// <summary>A template is a page of text: bounded in size and in how deep its blocks nest, so none can run away.</summary>
    private static void CheckBounds(string text, string source)
    {
        if (text.Length > Limits.MaxTemplateBytes)
        {
            throw new NarrativeException(source, null, $"模板过大：最多{Limits.MaxTemplateBytes / 1024}KB");
        }

        var depth = 0;
        foreach (Match block in BlockMarker().Matches(text))
        {
            depth += block.Value[2] == '#' ? 1 : -1;
            if (depth > Limits.MaxTemplateBlockDepth)
            {
                throw new NarrativeException(source, LineOf(text, block.Value, last: false) ?? 1,
                    $"块表达式嵌套超过{Limits.MaxTemplateBlockDepth}层");
            }
        }

        if (text.Contains("@root", StringComparison.Ordinal))
        {
            throw new NarrativeException(source, LineOf(text, "@root", last: false), "模板中不能使用“@root”，请直接写变量名");
        }
    }

    private HandlebarsTemplate<TextWriter, object, object> Compile(string text, string source)
    {
        try
        {
            using var reader = new StringReader(text);
            return _handlebars.Compile(reader);
        }
        catch (HandlebarsException e)
        {
            var block = BlockName().Match(e.Message);
            var line = block.Success ? LineOf(text, "{{#" + block.Groups[1].Value.TrimStart('#'), last: true) : null;
            throw new NarrativeException(source, line, $"模板语法错误：{Explain(e.Message)}");
        }
    }

    private static int? LineOf(string text, string fragment, bool last)
    {
        var index = last ? text.LastIndexOf(fragment, StringComparison.Ordinal) : text.IndexOf(fragment, StringComparison.Ordinal);
        return index < 0 ? null : text.AsSpan(0, index).Count('\n') + 1;
    }

    private static string Explain(string message) => message switch
    {
        _ when message.StartsWith("Reached end of template before block expression", StringComparison.Ordinal) =>
            "块表达式没有结束（缺少对应的“{{/…}}”）",
        _ => "无法解析（请检查“{{”与“}}”是否成对、块表达式是否正确结束）",
    };

    private static string ReadEmbedded(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"{ResourcePrefix}{name}.hbs")
                           ?? throw new InvalidOperationException($"embedded template {name}.hbs is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\{\{[#/]")]
    private static partial Regex BlockMarker();

    [GeneratedRegex(@"block expression '([^']+)'")]
    private static partial Regex BlockName();
}
