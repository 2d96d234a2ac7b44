using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using WellnessAssessment.Profiles;
using WellnessAssessment.Results;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Service.Vocabulary;
using WellnessAssessment.Testing;

namespace WellnessAssessment.Web.Tests;

/// <summary>
/// The pages only render: no script under <c>wwwroot/js</c> holds a band edge, a value of the agency profile's
/// vocabulary, a band name or the reports' gap wording. Every value checked is read from the library (not copied
/// here), so a new edge or value is checked too. Fast: it reads files, it starts no browser.
/// </summary>
public sealed partial class ScriptsHoldNoRulesTests
{
    private static readonly string Scripts = Path.Combine(AzuriteFixture.FindRoot(), "src", "WellnessAssessment.Api", "wwwroot", "js");

    private static IEnumerable<(string File, int Line, string Text)> Lines() =>
        Directory.GetFiles(Scripts, "*.js", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .SelectMany(file => File.ReadLines(file).Select((text, index) => (Path.GetFileName(file), index + 1, text)));

    private static string[] Offending(Func<string, bool> holds) =>
        [.. Lines().Where(line => holds(line.Text)).Select(line => $"{line.File}:{line.Line}: {line.Text.Trim()}")];

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A quoted string literal (single, double or back quotes) of exactly <paramref name="value"/>.</summary>
    private static Regex Literal(string value) => new($"['\"`]{Regex.Escape(value)}['\"`]", RegexOptions.CultureInvariant);

    private static string WireName<T>(T value)
        where T : struct, Enum =>
        typeof(T).GetField(value.ToString(), BindingFlags.Public | BindingFlags.Static)!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name;

    [Fact]
    [Trait("Category", "unit")]
    public void TheScripts_ExistToBeChecked()
    {
        Assert.True(Lines().Count() > 1000, $"expected the console and survey scripts under {Scripts}");
    }

    [Fact]
    [Trait("Category", "unit")]
    public void NoScript_ComparesWithABandEdge_OrListsTheEdges()
    {
        var edges = BandEdges.Default;
        double[] values = [edges.Emerging, edges.Developing, edges.Established, edges.Leading];
        // A comparison with an edge (score >= 80), or the edges in a row (20, 40, 60, 80), is the band rule copied.
        var comparison = new Regex($@"(<=?|>=?)\s*({string.Join('|', values.Select(v => Regex.Escape(Number(v))))})(?![\d.])", RegexOptions.CultureInvariant);
        var list = new Regex(string.Join(@"\s*,\s*", values.Select(v => Regex.Escape(Number(v)))), RegexOptions.CultureInvariant);

        Assert.Empty(Offending(text => comparison.IsMatch(text) || list.IsMatch(text)));
    }

    [Fact]
    [Trait("Category", "unit")]
    public void NoScript_HoldsAValueOfTheProfileVocabulary_OrABandName()
    {
        string[] values =
        [
            .. ProfileValues.Sizes.Keys,
            .. ProfileValues.Dispatch.Keys,
            .. ProfileValues.EmployeeAssistance.Keys,
            .. Enum.GetValues<Band>().Select(WireName),
        ];
        // The API serves them (GET /api/vocabulary): exactly the library's values.
        Assert.Equal(ProfileValues.Sizes.Keys, VocabularyView.Current.Profile[0].Choices.Select(choice => choice.Value));
        Assert.Equal(Enum.GetValues<AgencySize>().Length, ProfileValues.Sizes.Count);
        var literals = values.Distinct(StringComparer.Ordinal).Select(Literal).ToList();

        Assert.Empty(Offending(text => literals.Any(literal => literal.IsMatch(text))));
    }

    [Fact]
    [Trait("Category", "unit")]
    public void NoScript_HoldsTheReportsGapWording_OrTheHeadcountRange()
    {
        // The reports' words, from their one home (internal to the Reports assembly).
        var home = typeof(WellnessAssessment.Reports.HtmlReportWriter).Assembly.GetType("WellnessAssessment.Reports.Model.GapWords", throwOnError: true)!;
        var words = (IReadOnlyList<string>)home.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        // "flagged" alone is also a CSS class name; the notes are the wording the pages used to repeat differently.
        var notes = words.Where(word => word.Contains(' ', StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(notes);
        var maximum = new Regex($@"(?<![\d_]){Regex.Escape(WellnessAssessment.Participation.Headcounts.MaximumHeadcount.ToString(CultureInfo.InvariantCulture))}(?![\d_])|1_000_000", RegexOptions.CultureInvariant);

        Assert.Empty(Offending(text => notes.Any(note => text.Contains(note, StringComparison.OrdinalIgnoreCase)) || maximum.IsMatch(text)));
    }
}
