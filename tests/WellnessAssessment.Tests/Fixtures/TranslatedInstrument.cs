using WellnessAssessment.Instruments;

namespace WellnessAssessment.Tests.Fixtures;

/// <summary>The small instrument offered in Spanish too: every text respondents read has an <c>es</c> translation ("ES " + the English).</summary>
internal static class TranslatedInstrument
{
    public static Instrument Create()
    {
        var small = SmallInstrument.Create();
        return small with
        {
            Languages = ["es"],
            Translations = Es(("title", small.Title)),
            Scale = small.Scale with { Levels = [.. small.Scale.Levels.Select(level => level with { Translations = Es(("label", level.Label), ("description", level.Description!)) })] },
            Groups = [.. small.Groups.Select(group => group with { Translations = Es(("title", group.Title)) })],
            Sections =
            [
                .. small.Sections.Select(section => section with
                {
                    Translations = Es(("title", section.Title)),
                    Domains =
                    [
                        .. section.Domains.Select(domain => domain with
                        {
                            Translations = Es(("title", domain.Title), ("summary", domain.Summary!)),
                            Items = [.. domain.Items.Select(item => item with { Translations = Es(("text", item.Text)) })],
                        }),
                    ],
                }),
            ],
        };
    }

    public static Dictionary<string, IReadOnlyDictionary<string, string>> Es(params (string Field, string English)[] fields) =>
        new() { ["es"] = fields.ToDictionary(f => f.Field, f => "ES " + f.English) };
}
