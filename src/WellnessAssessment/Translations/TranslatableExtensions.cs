namespace WellnessAssessment.Translations;

/// <summary>Reads a text field of an instrument part in one language.</summary>
internal static class TranslatableExtensions
{
    /// <summary>
    /// The field's text in <paramref name="language"/>: its translation when the part has one, else
    /// <paramref name="original"/> (the instrument's own text). A <see langword="null"/> language means the original.
    /// </summary>
    /// <param name="source">The section, domain, item, scale level, group or instrument.</param>
    /// <param name="language">A language tag such as <c>es</c>, or <see langword="null"/>.</param>
    /// <param name="field">The field's JSON name, for example <c>text</c> or <c>title</c>.</param>
    /// <param name="original">The field's value in the instrument's own language.</param>
    public static string? Translated(this ITranslatable source, string? language, string field, string? original)
    {
        ArgumentNullException.ThrowIfNull(source);
        return language is not null
            && source.Translations is { } translations
            && translations.TryGetValue(language, out var fields)
            && fields.TryGetValue(field, out var text)
            && !string.IsNullOrWhiteSpace(text)
                ? text
                : original;
    }
}
