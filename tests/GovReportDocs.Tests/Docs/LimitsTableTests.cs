using System.Globalization;
using System.Reflection;
using GovReportDocs.Model;
using GovReportDocs.Reading;
using GovReportDocs.Reading.Sources;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Docs;

/// <summary>docs/limits.md's table of limits names every limit the code enforces, with the value the code has.</summary>
public class LimitsTableTests
{
    public static TheoryData<string> Constants =>
        [.. new[] { typeof(Limits), typeof(ReadingLimits) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => $"{t.Name}.{f.Name}"))];

    [Theory]
    [MemberData(nameof(Constants))]
    public void The_readme_states_each_limit_with_its_value(string constant)
    {
        var (typeName, fieldName) = (constant.Split('.')[0], constant.Split('.')[1]);
        var type = typeName == nameof(Limits) ? typeof(Limits) : typeof(ReadingLimits);
        var value = type.GetField(fieldName)!.GetRawConstantValue()!;
        var row = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "limits.md"))
            .SingleOrDefault(l => l.StartsWith('|') && l.Contains($"`{constant}`", StringComparison.Ordinal));

        row.ShouldNotBeNull($"docs/limits.md's table of limits has no row for {constant}");
        row.Split('|')[2].ShouldContain(Shown(fieldName, value));
    }

    private static string Shown(string name, object value)
    {
        var number = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
        return name.EndsWith("Bytes", StringComparison.Ordinal)
            ? number % (1024 * 1024) == 0 ? $"{number / (1024 * 1024)} MB" : $"{number / 1024} KB"
            : number.ToString("#,0.##", CultureInfo.InvariantCulture);
    }
}
