using System.Text.Json.Serialization;
using WellnessAssessment.Translations;

namespace WellnessAssessment.Instruments;

/// <summary>A rank or role respondents identify with; the unit of the per-group breakdown and of anonymity protection.</summary>
/// <param name="Id">The group id used in responses, for example <c>line-officer</c>.</param>
/// <param name="Title">The title shown to respondents.</param>
/// <param name="Pool">
/// <see cref="GroupPools.Leadership"/>, <see cref="GroupPools.Frontline"/>, or <see langword="null"/> for a group
/// that takes part in neither side of the perception gap.
/// </param>
public sealed record RespondentGroup(string Id, string Title, string? Pool = null) : ITranslatable
{
    /// <summary>
    /// Translations of this part's text fields (<c>title</c>) by language tag; see <see cref="ITranslatable"/>. Optional.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations { get; init; }
}

