using System.Globalization;
using System.Text.Json;
using GovReportDocs.Diagnostics;
using GovReportDocs.Files;
using GovReportDocs.NationalFormat;
using GovReportDocs.Input;
using GovReportDocs.Model;
using GovReportDocs.Pdf;
using GovReportDocs.Pdf.Fonts;
using GovReportDocs.Reading;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GovReportDocs.Web;

/// <summary>The editor's API: list, open, check, save, create and download the input files of one folder.</summary>
internal sealed class ReportApi
{
    /// <summary>What the editor sends to be checked or saved.</summary>
    internal sealed record FormRequest(string? File, string? Version, Dictionary<string, JsonElement>? Values);

    /// <summary>A new report: what <c>govreport init</c> asks.</summary>
    internal sealed record CreateRequest(string? Agency, JsonElement? Year, string? Kind);

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The editor's whole layout, serialised once.</summary>
    public static string FormJson { get; } = JsonSerializer.Serialize(FormLayout.Instance, Json);

    private readonly ReportFolder _folder;
    private readonly ReportOptions _report;
    private readonly ReportWriters _writers;

    public ReportApi(GovReportWebOptions options)
    {
        _writers = options.Outputs;
        _folder = new ReportFolder(options.Directory);
        _report = options.Report with { Files = _folder.Resolver };
    }

    /// <summary>Every input file in the folder with its agency, year and how many errors and warnings it has.</summary>
    public IResult List() => Results.Json(_folder.InputNames().Select(name =>
    {
        var document = GovReport.Load(Path.Combine(_folder.Root, name), _report);
        var errors = document.Diagnostics.Count(d => d.Severity == Severity.Error);
        return new
        {
            file = name,
            agency = document.Agency,
            year = document.Year,
            errors,
            warnings = document.Diagnostics.Count - errors,
            unreadable = document.IsUnreadable,
            title = document.Title,
        };
    }).ToList(), Json);

    /// <summary>An input file's values, its findings and its version (to notice a save from elsewhere).</summary>
    public IResult Open(string file)
    {
        if (_folder.PathOf(file) is not { } path)
        {
            return BadName();
        }

        if (!File.Exists(path))
        {
            return Results.Json(new { error = $"找不到文件“{file}”" }, Json, statusCode: StatusCodes.Status404NotFound);
        }

        var version = ReportFolder.CurrentVersion(path);
        var document = GovReport.Load(path, _report);
        if (document.Report is null)
        {
            return Results.Json(new { error = "文件无法读取", findings = Findings.Of(document) }, Json, statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        return Results.Json(new
        {
            file,
            version,
            title = document.Title,
            values = FormValues.Of(document.Report, document.Sheet, document.BlankFields),
            findings = Findings.Of(document),
            canRender = document.CanRender,
        }, Json);
    }

    /// <summary>Checks what is typed, through the library, without writing anything.</summary>
    public async Task<IResult> Check(HttpContext http)
    {
        var request = await ReadJson<FormRequest>(http, Limits.MaxInputBytes);
        if (request?.Values is null)
        {
            return Invalid();
        }

        if (FormValues.Unreadable(request.Values) is { } bad)
        {
            return Undecodable(bad);
        }

        var document = Parse(request.File, request.Values);
        // Said before the save, not after: whether saving what is typed would lose the file's own comments.
        var commentsAtRisk = document.Report is not null && _folder.PathOf(request.File) is { } path
            && SavedInput.Of(path, document, request.Values, _report).CommentsLost;
        // The title too: a changed 报告年度 or 机关全称 shows in the page's heading as it is typed.
        return Results.Json(new { findings = Findings.Of(document), canRender = document.CanRender, commentsAtRisk, title = document.Title }, Json);
    }

    /// <summary>
    /// Saves what is typed as the input file, in the YAML the command line reads (the changed values written in place, so
    /// the office's comments stay, when that reads back to the same report), through a temporary file and a rename;
    /// refuses when the file changed since the editor opened it, or when a value could not be kept.
    /// </summary>
    public async Task<IResult> Save(string file, HttpContext http)
    {
        if (_folder.PathOf(file) is not { } path)
        {
            return BadName();
        }

        var request = await ReadJson<FormRequest>(http, Limits.MaxInputBytes);
        if (request?.Values is null)
        {
            return Invalid();
        }

        if (FormValues.Unreadable(request.Values) is { } bad)
        {
            return Undecodable(bad);
        }

        await _folder.WriteLock.WaitAsync(http.RequestAborted);
        try
        {
            return SaveChecked(file, path, request);
        }
        finally
        {
            _folder.WriteLock.Release();
        }
    }

    private IResult SaveChecked(string file, string path, FormRequest request)
    {
        var current = ReportFolder.CurrentVersion(path);
        if (current != request.Version)
        {
            return Results.Json(new
            {
                error = current is null
                    ? "文件已被删除或改名：未保存。请回到报告列表。"
                    : "文件在本页打开之后已被修改（另一个标签页或其他人保存过）：未保存，以免覆盖。请复制本页内容后重新打开。",
            }, Json, statusCode: StatusCodes.Status409Conflict);
        }

        var document = Parse(file, request.Values!);
        var unkept = document.Diagnostics.Where(d => d.Rule == RuleIds.Input && d.Severity == Severity.Error).ToList();
        if (document.Report is null || unkept.Count > 0)
        {
            return Results.Json(new { error = "有无法保存的内容，请先改正标出的项目：未保存", findings = Findings.Of(document) }, Json,
                statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        var (text, commentsLost) = SavedInput.Of(path, document, request.Values!, _report);
        var version = ReportFolder.WriteAtomically(path, text);
        return Results.Json(new { version, findings = Findings.Of(document), canRender = document.CanRender, commentsLost, title = document.Title }, Json);
    }

    /// <summary>Deletes an input file of the folder (the list asks first).</summary>
    public async Task<IResult> Delete(string file, HttpContext http)
    {
        if (_folder.PathOf(file) is not { } path || !File.Exists(path))
        {
            return BadName();
        }

        await _folder.WriteLock.WaitAsync(http.RequestAborted);
        try
        {
            File.Delete(path);
        }
        finally
        {
            _folder.WriteLock.Release();
        }

        return Results.NoContent();
    }

    /// <summary>Renames an input file of the folder (<c>?to=NEW.yaml</c>); a name taken or not an input file name is refused.</summary>
    public async Task<IResult> Rename(string file, string? to, HttpContext http)
    {
        if (_folder.PathOf(file) is not { } path || !File.Exists(path))
        {
            return BadName();
        }

        if (to is null || _folder.PathOf(to) is not { } target || GovReport.InputFormatOf(to) != GovReport.InputFormatOf(file))
        {
            return Results.Json(new { error = $"新文件名无效：应为本目录中的文件名，扩展名与原文件相同（{Path.GetExtension(file)}）" }, Json,
                statusCode: StatusCodes.Status400BadRequest);
        }

        await _folder.WriteLock.WaitAsync(http.RequestAborted);
        try
        {
            if (File.Exists(target))
            {
                return Results.Json(new { error = $"本目录中已有“{to}”" }, Json, statusCode: StatusCodes.Status409Conflict);
            }

            File.Move(path, target);
        }
        finally
        {
            _folder.WriteLock.Release();
        }

        return Results.Json(new { file = to }, Json);
    }

    /// <summary>A new input file with all-zero tables, as <c>govreport init</c> writes it.</summary>
    public async Task<IResult> Create(HttpContext http, bool? another)
    {
        var request = await ReadJson<CreateRequest>(http, 64 * 1024);
        var agency = request?.Agency?.Trim();
        if (string.IsNullOrEmpty(agency))
        {
            return Results.Json(new { error = $"请填写机关全称（一行，不超过{Limits.MaxAgencyLength}字）" }, Json, statusCode: StatusCodes.Status400BadRequest);
        }

        if (AgencyName.Problem(agency) is { } problem)
        {
            return Results.Json(new { error = problem }, Json, statusCode: StatusCodes.Status400BadRequest);
        }

        if (YearOf(request!.Year) is not { } year || !ReportYears.Contains(year))
        {
            return Results.Json(new { error = "报告年度应为2008年以后的四位年份" }, Json, statusCode: StatusCodes.Status400BadRequest);
        }

        if (request.Kind is not ("government" or "department" or "township"))
        {
            return Results.Json(new { error = "请选择机关类型" }, Json, statusCode: StatusCodes.Status400BadRequest);
        }

        // Every table number blank, to be filled in: R1 lists what is missing, and a 0 is never one nobody typed.
        return await Write(AnnualReport.Empty(agency, year, AgencyKinds.Parse(request.Kind)), FormCells.Entered, another == true, [],
            http.RequestAborted);
    }

    /// <summary>A year as the form sends it: a whole number, or its digits as text; anything else (2025.5) is none.</summary>
    private static int? YearOf(JsonElement? year) => year switch
    {
        { ValueKind: JsonValueKind.Number } n when n.TryGetInt32(out var value) => value,
        { ValueKind: JsonValueKind.String } t when int.TryParse(t.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) => value,
        _ => null,
    };

    /// <summary>
    /// Next year's input from last year's: an input file of the folder (<c>?from=NAME</c>), or a published report
    /// uploaded as the body (<c>?upload=NAME.docx</c>) — what <c>govreport init --from</c> does.
    /// </summary>
    public async Task<IResult> NextYear(HttpContext http, string? from, string? upload, bool? another)
    {
        PreviousYear previous;
        string? reference = null;
        IReadOnlyList<string> readNotes = [];
        try
        {
            if (from is not null)
            {
                if (_folder.PathOf(from) is not { } path)
                {
                    return BadName();
                }

                previous = GovReport.LoadPreviousYear(path);
                reference = from;
            }
            else if (upload is not null && GovReport.PublishedFormatOf(upload) is { } format)
            {
                var limit = PublishedReportReader.LimitOf(format);
                LimitBody(http, limit);
                var name = Path.GetFileName(upload);
                using var body = new MemoryStream();
                await http.Request.Body.CopyToAsync(body, http.RequestAborted);
                body.Position = 0;
                var published = await GovReport.ReadPublishedAsync(body, name, format, http.RequestAborted);
                var imported = GovReport.Import(published);
                // Import carries the contact details the report quotes: the page promises 联系方式保留.
                previous = PreviousYear.FromReport(imported.Report);
                // What did not read well, said at once: the numbers carried from it are to be checked. What import
                // took besides (date, contact, kind: 提示) read well.
                readNotes = [.. published.ReadingDiagnostics.Where(d => d.Severity == Severity.Error)
                    .Concat(imported.Notes.Where(d => d.Severity != Severity.Info))
                    .Select(d => ClerkWording.Of(d.Message))];
                // Kept beside the new file and named as its previousYear, so R6 compares the years as it does for a
                // file of the folder.
                reference = _folder.KeepSource(name, body.ToArray());
            }
            else
            {
                return Results.Json(new { error = $"请选择上年度的输入文件，或上传已发布的报告（{FileForms.Published}）" }, Json,
                    statusCode: StatusCodes.Status400BadRequest);
            }
        }
        catch (ReportReadException e)
        {
            return Results.Json(new { error = e.Message }, Json, statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        return await Write(GovReport.NextYear(previous.Report) with { PreviousYear = reference }, FormCells.NotCarried, another == true,
            readNotes, http.RequestAborted);
    }

    /// <summary>
    /// Reads and checks one published report uploaded as the body (<c>?name=NAME.docx</c>) against the rules, as
    /// <c>govreport check</c> does; nothing is written. A file that cannot be read is a finding, not a failure.
    /// </summary>
    public static async Task<IResult> CheckPublished(HttpContext http, string? name)
    {
        if (name is null || GovReport.PublishedFormatOf(name) is not { } format)
        {
            return Results.Json(new { error = $"请上传已发布的报告（{FileForms.Published}）" }, Json, statusCode: StatusCodes.Status400BadRequest);
        }

        LimitBody(http, PublishedReportReader.LimitOf(format));
        return await Checked(http.Request.Body, Path.GetFileName(name), format, http.RequestAborted);
    }

    /// <summary>The published reports copied into the folder, for the list to offer them to the check page.</summary>
    public IResult ListPublished() => Results.Json(_folder.PublishedNames().Select(n => new { file = n }), Json);

    /// <summary>Checks a published report of the folder, as an upload is checked.</summary>
    public async Task<IResult> CheckPublishedInFolder(string file, HttpContext http)
    {
        if (_folder.PublishedPathOf(file) is not { } path || !File.Exists(path) || GovReport.PublishedFormatOf(file) is not { } format)
        {
            return Results.Json(new { error = $"文件名无效：只能检查本目录中已发布的报告（{FileForms.Published}）" }, Json,
                statusCode: StatusCodes.Status400BadRequest);
        }

        if (new FileInfo(path).Length > PublishedReportReader.LimitOf(format))
        {
            return Results.Json(new { error = "文件过大" }, Json, statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return await Checked(stream, file, format, http.RequestAborted);
    }

    private static async Task<IResult> Checked(Stream input, string name, PublishedFormat format, CancellationToken cancellation)
    {
        var check = await GovReport.CheckPublishedAsync(input, name, format, cancellation: cancellation);
        return Results.Json(new
        {
            file = name,
            agency = check.Agency,
            year = check.Year,
            errors = check.ErrorCount(),
            warnings = check.WarningCount(),
            unreadable = check.IsUnreadable,
            findings = check.Diagnostics.Select(d => new
            {
                rule = d.Rule,
                severity = d.Severity == Severity.Error ? "error" : "warning",
                severityText = d.SeverityText,
                message = d.Message,
                location = d.Source?.ToString(),
                place = PublishedPlace.Of(d, check.Published),
            }),
        }, Json);
    }

    /// <summary>One of the registered outputs of a saved input file, under the official file name; refused while it has errors.</summary>
    public IResult Download(HttpContext http, string file, string format, bool? inline)
    {
        if (_folder.PathOf(file) is not { } path || !File.Exists(path))
        {
            return BadName();
        }

        if (_writers.Find(format) is not { } writer)
        {
            return Results.Json(new { error = $"格式应为 {_writers.DescribeIds()}" }, Json, statusCode: StatusCodes.Status404NotFound);
        }

        var document = GovReport.Load(path, _report);
        if (!document.CanRender)
        {
            return Results.Json(new
            {
                error = document.IsUnreadable ? "文件无法读取，不能生成" : "报告有错误，不能生成正式文件：请先改正下列错误",
                findings = Findings.Of(document).Where(f => f.Severity == "error"),
            }, Json, statusCode: StatusCodes.Status409Conflict);
        }

        ReportOutput output;
        try
        {
            output = writer.Write(document, http.RequestAborted);
        }
        catch (FontNotFoundException e)
        {
            return Results.Json(new { error = e.Message }, Json, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var type = writer.Format.MediaType;
        return inline == true
            ? Results.File(output.Bytes, type)
            : Results.File(output.Bytes, type, document.FileName + writer.Format.Extension);
    }

    /// <summary>The downloads offered, in order: what the editor's buttons are made of, for a platform's own page too.</summary>
    public IResult Formats() => Results.Json(_writers.All.Select(w => new
    {
        id = w.Format.Id,
        extension = w.Format.Extension,
        mediaType = w.Format.MediaType,
        name = w.Format.Name,
        purpose = w.Format.Purpose,
    }).ToList(), Json);

    private ReportDocument Parse(string? file, IReadOnlyDictionary<string, JsonElement> values)
    {
        // The folder's own path names the input, so a previousYear relative to it resolves inside the folder only.
        var name = _folder.PathOf(file) ?? Path.Combine(_folder.Root, "新报告.yaml");
        return GovReport.Parse(FormValues.ToInputJson(values), name, InputFormat.Json, _report);
    }

    /// <summary>
    /// Writes a new input file, under the folder's lock so that it never takes the name of a file just made or saved.
    /// One of the same agency and year already there is never quietly doubled (a second upload of the same report made a
    /// <c>-2.yaml</c>): the editor is told, and asks, and only <paramref name="another"/> numbers a copy.
    /// </summary>
    private async Task<IResult> Write(AnnualReport report, IEnumerable<Datum> blank, bool another, IReadOnlyList<string> readNotes,
        CancellationToken cancellation)
    {
        var stem = $"{report.Agency}-{report.Year}";
        Directory.CreateDirectory(_folder.Root);
        await _folder.WriteLock.WaitAsync(cancellation);
        try
        {
            if (!another && _folder.PathOf(FileNames.For(stem).TrimStart('.') + ".yaml") is { } taken && File.Exists(taken))
            {
                var existing = Path.GetFileName(taken);
                return Results.Json(new { error = $"本目录中已有“{existing}”（{report.Agency}{report.Year}年度的报告）", existing }, Json,
                    statusCode: StatusCodes.Status409Conflict);
            }

            // The 信息处理费 blank too, in a new report as in next year's: its 0 would print “未收取” before anyone said so.
            return _folder.WriteNew(stem, YamlInputWriter.Write(report, comments: true, blank, BlankCells.Fields)) is { } written
                ? Results.Json(new { file = written.Name, version = written.Version, readNotes }, Json, statusCode: StatusCodes.Status201Created)
                : Results.Json(new { error = "机关全称过长，无法作为文件名" }, Json, statusCode: StatusCodes.Status400BadRequest);
        }
        finally
        {
            _folder.WriteLock.Release();
        }
    }

    internal static async Task<T?> ReadJson<T>(HttpContext http, long limit)
    {
        LimitBody(http, limit);
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(http.Request.Body, Json, http.RequestAborted);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: text that is no UTF-8, which the reader meets only when it makes a string.
            return default;
        }
    }

    /// <summary>
    /// Refuses a body larger than the readers accept, before reading it when its length is declared. The server's own
    /// limit is set a little above, so that a body sent without its length is stopped by the reader's count, which says
    /// "文件过大", rather than by the server, whose error the reader would take for a damaged file.
    /// </summary>
    private static void LimitBody(HttpContext http, long limit)
    {
        if (http.Request.ContentLength > limit)
        {
            throw new BadHttpRequestException("too large", StatusCodes.Status413PayloadTooLarge);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit + 1024 * 1024;
        }
    }

    private static IResult BadName() =>
        Results.Json(new { error = $"文件名无效：只能打开本目录中的 {InputForms.ListedOr} 文件" }, Json, statusCode: StatusCodes.Status400BadRequest);

    private static IResult Undecodable(string key) =>
        Results.Json(new { error = $"“{key}”中有无法识别的字符（孤立的代理项或不是UTF-8的字节）：请删除后重试" }, Json, statusCode: StatusCodes.Status400BadRequest);

    internal static IResult Invalid() => Results.Json(new { error = "请求无效" }, Json, statusCode: StatusCodes.Status400BadRequest);
}
