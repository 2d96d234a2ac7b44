using WellnessAssessment.Translations;

namespace WellnessAssessment.Instruments;

/// <summary>
/// How long answering an instrument takes, estimated from the instrument itself:
/// <c>minutes = ⌈ words / <see cref="WordsPerMinute"/> + answers × <see cref="SecondsPerAnswer"/> / 60 ⌉</c>, where
/// <c>words</c> counts everything a respondent reads once (the title, every scale level's label and description, every
/// group title, every section and domain title, every domain summary and every item statement, in the chosen language)
/// and <c>answers</c> is the number of questions (the group, then one per item).
/// </summary>
/// <param name="Questions">Questions to answer: one for the respondent's group, one per item.</param>
/// <param name="Words">Words to read, counted as runs of letters or digits.</param>
/// <param name="Minutes">The estimate in whole minutes, rounded up.</param>
public sealed record SurveyTimeEstimate(int Questions, int Words, int Minutes)
{
    /// <summary>
    /// The reading rate: 200 words a minute, below the 238 of adults reading non-fiction silently (Brysbaert 2019,
    /// a meta-analysis of 190 studies), since statements are read closely, on a phone, often in a second language.
    /// </summary>
    public const double WordsPerMinute = 200;

    /// <summary>The answering rate: 4 seconds to decide on a level and tap it, once the statement is read.</summary>
    public const double SecondsPerAnswer = 4;

    /// <summary>Estimates the time to answer <paramref name="instrument"/> in <paramref name="language"/> (its own language when null).</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="language">A language the instrument offers, or <see langword="null"/> for its own text.</param>
    public static SurveyTimeEstimate For(Instrument instrument, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var words = CountWords(instrument.Translated(language, "title", instrument.Title));
        foreach (var level in instrument.Scale.Levels)
        {
            words += CountWords(level.Translated(language, "label", level.Label)) + CountWords(level.Translated(language, "description", level.Description));
        }

        words += instrument.Groups.Sum(group => CountWords(group.Translated(language, "title", group.Title)));
        foreach (var section in instrument.Sections)
        {
            words += CountWords(section.Translated(language, "title", section.Title));
            foreach (var domain in section.Domains)
            {
                words += CountWords(domain.Translated(language, "title", domain.Title)) + CountWords(domain.Translated(language, "summary", domain.Summary));
                words += domain.Items.Sum(item => CountWords(item.Translated(language, "text", item.Text)));
            }
        }

        // Outcome items are questions too: their statements and their scale's labels are read.
        foreach (var outcome in instrument.Outcomes ?? [])
        {
            words += CountWords(outcome.Translated(language, "text", outcome.Text));
            words += outcome.Scale.Levels.Sum(level => CountWords(level.Translated(language, "label", level.Label)));
        }

        var questions = 1 + instrument.Items.Count() + (instrument.Outcomes?.Count ?? 0);
        var minutes = words / WordsPerMinute + questions * SecondsPerAnswer / 60;
        return new SurveyTimeEstimate(questions, words, (int)Math.Ceiling(minutes));
    }

    /// <summary>Words are runs of letters or digits (with inner apostrophes and hyphens), so punctuation never counts.</summary>
    internal static int CountWords(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = char.IsLetterOrDigit(c) || (inWord && c is '\'' or '’' or '-');
            if (wordChar && !inWord)
            {
                count++;
            }

            inWord = wordChar;
        }

        return count;
    }
}
