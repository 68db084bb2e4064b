using System.Globalization;
using System.Text;
using GovReportDocs.NationalFormat;

namespace GovReportDocs.Html;

/// <summary>
/// The page's one style sheet, built once: 公文 fonts by role as CSS font-family lists (nothing is fetched), a
/// readable column on screen with tables that scroll sideways inside their wrapper on a phone, and the GB/T 9704
/// page (A4, margins, 3号 body on its line pitch, page numbers) in print.
/// On screen a table is laid out by its content (numbers never narrower than their digits, label columns share the
/// rest and wrap) and its wrapper spans the window (body is the container its cqw measure), so a table whose
/// numbers need more than the text column widens beyond it, centred, and scrolls only where the window is narrower
/// still. Print keeps the fixed layout in the PDF's proportions. The tables' own rules come from
/// <see cref="HtmlTableStyle"/>.
/// </summary>
internal static class HtmlStyle
{
    /// <summary>Body text on screen, in rem; table text, in ems of body text.</summary>
    private const double BodyRem = 1.125, TableEm = 0.875;

    /// <summary>
    /// Up to this width (a phone) the page has a smaller side padding, and body text is left-aligned: justified, a
    /// line before a long URL would be pulled apart character by character.
    /// </summary>
    private const double NarrowRem = 30, NarrowPaddingRem = 1, PaddingRem = 1.25;

    /// <summary>The page's column on a wide screen, padding included, in rem: a readable line of body text.</summary>
    private const double ColumnRem = 50;

    /// <summary>
    /// Shadows at the edges of a table that scrolls, where there is more to see (white covers that scroll with the
    /// table hide them at its ends); CSS gradients only, no image.
    /// </summary>
    private const string ScrollShadows =
        "linear-gradient(to right,#fff 30%,rgba(255,255,255,0)) left/2.5em 100% no-repeat local," +
        "linear-gradient(to left,#fff 30%,rgba(255,255,255,0)) right/2.5em 100% no-repeat local," +
        "radial-gradient(farthest-side at 0 50%,rgba(0,0,0,.2),rgba(0,0,0,0)) left/.8em 100% no-repeat scroll," +
        "radial-gradient(farthest-side at 100% 50%,rgba(0,0,0,.2),rgba(0,0,0,0)) right/.8em 100% no-repeat scroll";

    private static readonly string[] Song =
        ["宋体", "SimSun", "NSimSun", "Songti SC", "STSong", "华文宋体", "Noto Serif CJK SC", "Noto Serif SC", "Source Han Serif SC",
         "Source Han Serif CN", "AR PL UMing CN"];

    private static readonly string[] FangSong = ["仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "华文仿宋"];

    /// <summary>The style sheet.</summary>
    public static string Css { get; } = Build();

    /// <summary>A CSS font-family list: the Windows 公文 font of the role first, then macOS, Linux and generic stand-ins.</summary>
    public static string FontFamily(FontRole role)
    {
        IEnumerable<string> families = role switch
        {
            FontRole.Title => [OfficialFonts.Latin, OfficialFonts.For(role), "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", .. Song, "serif"],
            FontRole.Heading1 =>
            [
                OfficialFonts.For(role), "SimHei", "Heiti SC", "STHeiti", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
                "Source Han Sans CN", "PingFang SC", "Microsoft YaHei", "微软雅黑", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "sans-serif",
            ],
            FontRole.Heading2 =>
            [
                OfficialFonts.For(role), "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "华文楷体", "Kaiti SC", "AR PL UKai CN", "AR PL UKai TW",
                .. Song, "serif",
            ],
            FontRole.Table or FontRole.PageNumber => [.. Song, .. FangSong, "serif"],
            _ => [OfficialFonts.Latin, .. FangSong, .. Song, "serif"],
        };
        return string.Join(",", families.Distinct().Select(f => f is "serif" or "sans-serif" ? f : $"\"{f}\""));
    }

    private static string Build()
    {
        var body = FontFamily(FontRole.Body);
        var css = new StringBuilder();
        css.Append(CultureInfo.InvariantCulture, $$"""
            *,*::before,*::after{box-sizing:border-box}
            html{color-scheme:light;-webkit-text-size-adjust:100%;text-size-adjust:100%}
            body{margin:0;background:#fff;color:#1a1a1a;font-family:{{body}};font-size:{{Number(BodyRem)}}rem;line-height:1.8}
            main{max-width:{{Number(ColumnRem)}}rem;margin:0 auto;padding:2.5rem {{Number(PaddingRem)}}rem 3rem}
            h1{font-family:{{FontFamily(FontRole.Title)}};font-weight:normal;font-size:1.375em;line-height:1.5;text-align:center;margin:0 0 1.2em;word-break:keep-all;overflow-wrap:anywhere;text-wrap:balance}
            h1>span{display:block}
            h2,h3,h4{font-size:1em;line-height:inherit;margin:0;text-indent:2em}
            h2{font-family:{{FontFamily(FontRole.Heading1)}};font-weight:normal;margin-top:.6em}
            h3{font-family:{{FontFamily(FontRole.Heading2)}};font-weight:normal}
            h4{font-weight:bold}
            p{margin:0;text-indent:2em;text-align:justify;overflow-wrap:break-word}
            h2,h3,h4,caption{overflow-wrap:break-word}
            .lead-in-2{font-family:{{FontFamily(FontRole.Heading2)}};font-weight:normal}
            .lead-in-3{font-weight:bold}
            .closing{margin-top:1.8em}
            .closing p{text-align:right;text-indent:0;white-space:pre-wrap;padding-right:{{PageLayout.ClosingRightIndentChars}}em}
            .table-scroll{overflow-x:auto;margin:.5em 0 1em;background:{{ScrollShadows}}}
            .table-scroll:focus-visible{outline:2px solid #1a5fb4;outline-offset:2px}
            table{border-collapse:collapse;width:100%;table-layout:fixed;font-family:{{FontFamily(FontRole.Table)}};font-size:{{Number(TableEm)}}em;line-height:1.45}
            caption{caption-side:top;text-align:left;padding:0 0 .3em;color:#444;max-width:calc(100vw - {{Number(2 * PaddingRem)}}rem)}
            th,td{border:1px solid #000;padding:.3em .25em;text-align:center;vertical-align:middle;font-weight:normal}
            th{text-wrap:balance}
            th.{{HtmlTableStyle.LongLabelClass}}{text-wrap:pretty}
            thead th{background:#f2f2f2}
            td{font-variant-numeric:tabular-nums;white-space:nowrap}
            @media screen{
            body{container-type:inline-size}
            table{table-layout:auto;margin-inline:auto}
            .table-scroll{margin-inline:min(0px,(100% - 100cqw) / 2 + {{Number(PaddingRem)}}rem)}
            }
            @media (max-width:{{Number(NarrowRem)}}rem){
            main{padding:1.5rem {{Number(NarrowPaddingRem)}}rem 2rem}
            h1{font-size:1.25em}
            p{text-align:left}
            caption{max-width:calc(100vw - {{Number(2 * NarrowPaddingRem)}}rem)}
            }

            """);

        css.Append(HtmlTableStyle.Css(ReportTables.All, TableEm * BodyRem, PaddingRem, ColumnRem - 2 * PaddingRem));
        var pageNumber = $"content:\"— \" counter(page) \" —\";font-family:{FontFamily(FontRole.PageNumber)};font-size:{Number(PageLayout.PageNumberPt)}pt;" +
                         $"vertical-align:top;padding-top:{Number(PageLayout.PageNumberGapMm)}mm";
        css.Append(CultureInfo.InvariantCulture, $"@page{{size:A4;margin:{Number(PageLayout.TopMm)}mm {Number(PageLayout.RightMm)}mm {Number(PageLayout.BottomMm)}mm {Number(PageLayout.LeftMm)}mm}}\n");
        css.Append("@page :right{@bottom-right{").Append(pageNumber).Append(";padding-right:1em}}\n");
        css.Append("@page :left{@bottom-left{").Append(pageNumber).Append(";padding-left:1em}}\n");
        css.Append(CultureInfo.InvariantCulture, $$"""
            @media print{
            body{font-size:{{Number(PageLayout.BodyPt)}}pt;line-height:{{Number(PageLayout.LinePitchPt)}}pt}
            main{max-width:none;padding:0}
            h1{font-size:{{Number(PageLayout.TitlePt)}}pt;line-height:{{Number(PageLayout.LinePitchPt)}}pt;margin-bottom:{{Number(PageLayout.LinePitchPt)}}pt}
            h2{margin-top:0}
            h2,h3,h4{break-after:avoid}
            .table-scroll{overflow:visible;background:none}
            caption{max-width:none}
            table{font-size:{{Number(PageLayout.TablePt)}}pt;line-height:1.3}
            thead th{background:none}
            tr{break-inside:avoid}
            .closing{break-inside:avoid}
            }

            """);
        return css.ToString();
    }

    private static string Number(double value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);
}
