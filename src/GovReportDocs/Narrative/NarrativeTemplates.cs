using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace GovReportDocs.Narrative;

/// <summary>
/// The narrative templates (templates/zh-CN), compiled once and cached. The embedded set can be overridden
/// file by file from a directory. Thread-safe: compiled templates are shared by all renders.
/// </summary>
public sealed partial class NarrativeTemplates
{
    /// <summary>The names of the templates, without extension.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "title", "preamble", "overview-proactive", "overview-on-request", "overview-management", "overview-platform",
        "overview-supervision", "problems", "fees", "closing",
    ];

    private const string ResourcePrefix = "GovReportDocs.Templates.zh_CN.";
    private const int MaxCachedTexts = 4096;

    private static readonly Lazy<NarrativeTemplates> LazyDefault = new(() => new NarrativeTemplates(null));
    private static readonly ConcurrentDictionary<string, NarrativeTemplates> ByDirectory = new();

    private readonly IHandlebars _handlebars = Handlebars.Create(new HandlebarsConfiguration
    {
        NoEscape = true,
        ThrowOnUnresolvedBindingExpression = true,
    });

    private readonly Dictionary<string, (string Source, string Text, HandlebarsTemplate<object, object> Render)> _templates = [];
    private readonly ConcurrentDictionary<string, HandlebarsTemplate<object, object>> _texts = new();

    private NarrativeTemplates(string? directory)
    {
        foreach (var name in Names)
        {
            var file = $"{name}.hbs";
            var overridePath = directory is null ? null : Path.Combine(directory, file);
            var (source, text) = overridePath is not null && File.Exists(overridePath)
                ? (overridePath, File.ReadAllText(overridePath))
                : ($"templates/zh-CN/{file}", ReadEmbedded(file));
            _templates[name] = (source, text, Compile(text, source));
        }
    }

    /// <summary>The embedded templates.</summary>
    public static NarrativeTemplates Default => LazyDefault.Value;

    /// <summary>The embedded templates overridden by the .hbs files of <paramref name="directory"/>; cached per directory.</summary>
    /// <exception cref="NarrativeException">A template does not compile.</exception>
    public static NarrativeTemplates Load(string? directory)
    {
        if (directory is null)
        {
            return Default;
        }

        if (!Directory.Exists(directory))
        {
            throw new NarrativeException(directory, null, "模板目录不存在");
        }

        return ByDirectory.GetOrAdd(Path.GetFullPath(directory), full => new NarrativeTemplates(full));
    }

    /// <summary>Renders one named template with a report's variables (see <see cref="TemplateData"/>).</summary>
    /// <exception cref="NarrativeException">The template uses an unknown variable.</exception>
    public string Render(string name, IReadOnlyDictionary<string, object> data)
    {
        var (source, text, render) = _templates[name];
        return Run(render, data, source, text);
    }

    /// <summary>Renders a text from the input, which may itself use template expressions.</summary>
    /// <param name="text">The text as given.</param>
    /// <param name="source">Its key in the input, e.g. <c>overview.onRequest</c>, for messages.</param>
    /// <param name="data">The report's variables.</param>
    /// <exception cref="NarrativeException">The text's expressions are malformed or name an unknown variable.</exception>
    public string RenderText(string text, string source, IReadOnlyDictionary<string, object> data)
    {
        if (!text.Contains("{{", StringComparison.Ordinal))
        {
            return text;
        }

        if (_texts.Count > MaxCachedTexts)
        {
            _texts.Clear();
        }

        var render = _texts.GetOrAdd(text, t => Compile(t, source));
        return Run(render, data, source, text);
    }

    private HandlebarsTemplate<object, object> Compile(string text, string source)
    {
        try
        {
            var compiled = _handlebars.Compile(text);
            return compiled;
        }
        catch (HandlebarsException e)
        {
            var block = BlockName().Match(e.Message);
            var line = block.Success ? LineOf(text, "{{#" + block.Groups[1].Value.TrimStart('#'), last: true) : null;
            throw new NarrativeException(source, line, $"模板语法错误：{Explain(e.Message)}");
        }
    }

    private static string Run(HandlebarsTemplate<object, object> render, IReadOnlyDictionary<string, object> data, string source, string text)
    {
        try
        {
            return render(data);
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

    private static int? LineOf(string text, string fragment, bool last)
    {
        var index = last ? text.LastIndexOf(fragment, StringComparison.Ordinal) : text.IndexOf(fragment, StringComparison.Ordinal);
        return index < 0 ? null : text.AsSpan(0, index).Count('\n') + 1;
    }

    private static string Explain(string message) => message switch
    {
        _ when message.StartsWith("Reached end of template before block expression", StringComparison.Ordinal) =>
            $"块表达式没有结束（缺少对应的“{{{{/…}}}}”）：{message}",
        _ => message,
    };

    private static string ReadEmbedded(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + file)
                           ?? throw new InvalidOperationException($"embedded template {file} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"block expression '([^']+)'")]
    private static partial Regex BlockName();
}
