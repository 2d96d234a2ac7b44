using System.Globalization;
using WellnessAssessment.Instruments;

namespace WellnessAssessment.Reports.Model;

/// <summary>
/// What an instrument says about its own presentation (section headings, domain short titles, source documents,
/// timeframe days), with the fallbacks for instruments that leave them out. Reports take every instrument-specific word
/// from here, so nothing about one instrument is written into the code.
/// </summary>
internal sealed class InstrumentPresentation
{
    private const int ShortTitleLength = 24;
    private const string SourceSeparator = " — ";

    private readonly Dictionary<string, string> _headings;
    private readonly Dictionary<string, string> _shortTitles;
    private readonly IReadOnlyList<InstrumentSource> _sources;
    private readonly Dictionary<string, (int? Days, int Order)> _timeframes = new(StringComparer.Ordinal);

    public InstrumentPresentation(Instrument instrument)
    {
        _headings = instrument.Sections.ToDictionary(s => s.Id, s => s.Heading is { Length: > 0 } heading ? heading : s.Title, StringComparer.Ordinal);
        _shortTitles = instrument.Domains.ToDictionary(d => d.Id, d => d.ShortTitle is { Length: > 0 } shortTitle ? shortTitle : Shorten(d.Title), StringComparer.Ordinal);
        _sources = instrument.Sources ?? [];
        foreach (var recommendation in instrument.Items.SelectMany(item => item.Recommendations))
        {
            if (_timeframes.TryGetValue(recommendation.Timeframe, out var known))
            {
                if (known.Days is null && recommendation.TimeframeDays is not null)
                {
                    _timeframes[recommendation.Timeframe] = (recommendation.TimeframeDays, known.Order);
                }
            }
            else
            {
                _timeframes[recommendation.Timeframe] = (recommendation.TimeframeDays, _timeframes.Count);
            }
        }
    }

    /// <summary>The heading over a section's chart: the instrument's heading, else the section title.</summary>
    public string Heading(string sectionId, string title) => _headings.GetValueOrDefault(sectionId, title);

    /// <summary>A chart label for a domain: the instrument's short title, else the title cut at a word.</summary>
    public string ShortTitle(string domainId, string title) => _shortTitles.GetValueOrDefault(domainId) ?? Shorten(title);

    /// <summary>
    /// Orders timeframe labels: by their days where the instrument gives them, then the rest in the order the
    /// instrument first uses them, then labels the instrument does not use, as given.
    /// </summary>
    public IEnumerable<T> OrderByTimeframe<T>(IEnumerable<T> groups, Func<T, string> label) =>
        groups.Select((group, index) => (Group: group, Index: index))
            .OrderBy(g => _timeframes.TryGetValue(label(g.Group), out var t) ? (t.Days is null ? 1 : 0) : 2)
            .ThenBy(g => _timeframes.TryGetValue(label(g.Group), out var t) ? t.Days ?? 0 : 0)
            .ThenBy(g => _timeframes.TryGetValue(label(g.Group), out var t) ? t.Order : int.MaxValue)
            .ThenBy(g => g.Index)
            .Select(g => g.Group);

    /// <summary>A source note with every listed source id replaced by the document's title (and year).</summary>
    public string Citation(string? source)
    {
        if (source is null)
        {
            return string.Empty;
        }

        foreach (var document in _sources.OrderByDescending(s => s.Id.Length))
        {
            source = source.Replace(document.Id, ShortCitation(document), StringComparison.Ordinal);
        }

        return source;
    }

    /// <summary>
    /// The documents the given source notes cite: the listed sources they name, in the instrument's order; without a
    /// sources list, the distinct parts of the notes before their dash, in text order.
    /// </summary>
    public IReadOnlyList<SourceEntry> Documents(IEnumerable<string> sourceNotes)
    {
        var notes = sourceNotes.ToList();
        if (_sources.Count > 0)
        {
            return [.. _sources.Where(source => notes.Any(note => note.Contains(source.Id, StringComparison.Ordinal))).Select(Entry)];
        }

        return [.. notes.SelectMany(note => note.Split(';'))
            .Select(note => note.Split(SourceSeparator, 2)[0].Trim())
            .Where(document => document.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(document => new SourceEntry(document, null))];
    }

    private static SourceEntry Entry(InstrumentSource source)
    {
        var text = source.Title.TrimEnd('.');
        var publication = string.Join(", ", new[] { source.Publisher, source.Year?.ToString(CultureInfo.InvariantCulture) }.Where(part => !string.IsNullOrWhiteSpace(part)));
        return new SourceEntry(publication.Length == 0 ? text + "." : $"{text}. {publication}.", source.Url);
    }

    private static string ShortCitation(InstrumentSource source) =>
        source.Year is { } year ? $"{source.Title} ({year.ToString(CultureInfo.InvariantCulture)})" : source.Title;

    private static string Shorten(string title)
    {
        if (title.Length <= ShortTitleLength)
        {
            return title;
        }

        var cut = title.LastIndexOf(' ', ShortTitleLength - 1);
        return string.Concat(title.AsSpan(0, cut > 8 ? cut : ShortTitleLength - 1), "…");
    }
}
