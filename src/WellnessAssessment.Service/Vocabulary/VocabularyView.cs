using WellnessAssessment.Participation;
using WellnessAssessment.Profiles;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Service.Vocabulary;

/// <summary>
/// The words and ranges the console's forms offer, as the core defines them (<c>GET /api/vocabulary</c>): the agency
/// profile's fields and values, the headcount range and the band names. The pages hold none of them.
/// </summary>
public sealed record VocabularyView
{
    /// <summary>The agency profile's fields, in the order the form shows them.</summary>
    public required IReadOnlyList<ProfileFieldView> Profile { get; init; }

    /// <summary>The range of a headcount, for the total and for any group.</summary>
    public required HeadcountRangeView Headcount { get; init; }

    /// <summary>The bands, lowest first.</summary>
    public required IReadOnlyList<Band> Bands { get; init; }

    /// <summary>The one vocabulary of this deployment.</summary>
    public static VocabularyView Current { get; } = new()
    {
        Profile =
        [
            Choice("size", "size", "Sworn staff", ProfileValues.Sizes, new Dictionary<AgencySize, string>
            {
                [AgencySize.UpTo10] = "10 or fewer", [AgencySize.From11To49] = "11 to 49", [AgencySize.From50To249] = "50 to 249", [AgencySize.From250] = "250 or more",
            }),
            YesNo("academy", "ownAcademy", "Runs its own academy", "No (state or regional academy)"),
            Choice("dispatch", "dispatch", "Dispatch", ProfileValues.Dispatch, new Dictionary<DispatchArrangement, string>
            {
                [DispatchArrangement.Own] = "Our own", [DispatchArrangement.Shared] = "Shared (regional or county)", [DispatchArrangement.None] = "None",
            }),
            Choice("eap", "employeeAssistance", "Employee assistance program", ProfileValues.EmployeeAssistance, new Dictionary<EmployeeAssistanceArrangement, string>
            {
                [EmployeeAssistanceArrangement.Own] = "Our own", [EmployeeAssistanceArrangement.CityOrCounty] = "The city's or county's", [EmployeeAssistanceArrangement.None] = "None",
            }),
            YesNo("union", "unionOrAssociation", "Union or police association", "No"),
        ],
        Headcount = new HeadcountRangeView { Minimum = Headcounts.MinimumHeadcount, Maximum = Headcounts.MaximumHeadcount },
        Bands = Enum.GetValues<Band>(),
    };

    private static ProfileFieldView Choice<T>(string name, string key, string label, IReadOnlyDictionary<string, T> values, Dictionary<T, string> labels)
        where T : struct, Enum => new()
        {
            Name = name,
            Key = key,
            Label = label,
            Boolean = false,
            // Every value the library reads, in its order; a value without a label here fails at startup, not silently.
            Choices = [.. values.Select(value => new ProfileChoiceView { Value = value.Key, Label = labels[value.Value] })],
        };

    private static ProfileFieldView YesNo(string name, string key, string label, string no) => new()
    {
        Name = name,
        Key = key,
        Label = label,
        Boolean = true,
        Choices = [new ProfileChoiceView { Value = "yes", Label = "Yes" }, new ProfileChoiceView { Value = "no", Label = no }],
    };
}

/// <summary>One field of the agency profile.</summary>
public sealed record ProfileFieldView
{
    /// <summary>A short name for the form's control.</summary>
    public required string Name { get; init; }

    /// <summary>The field's property in an agency profile (<c>size</c>, <c>ownAcademy</c>, …).</summary>
    public required string Key { get; init; }

    /// <summary>The field's label.</summary>
    public required string Label { get; init; }

    /// <summary>Whether the field is a yes/no: the choice <c>yes</c> is sent as <see langword="true"/>, <c>no</c> as <see langword="false"/>.</summary>
    public required bool Boolean { get; init; }

    /// <summary>The values the field accepts, each with its label; leaving the field out states nothing.</summary>
    public required IReadOnlyList<ProfileChoiceView> Choices { get; init; }
}

/// <summary>One value of a profile field.</summary>
public sealed record ProfileChoiceView
{
    /// <summary>The value (as a profile holds it; <c>yes</c>/<c>no</c> for a yes/no field).</summary>
    public required string Value { get; init; }

    /// <summary>The value's label.</summary>
    public required string Label { get; init; }
}

/// <summary>The range of a headcount.</summary>
public sealed record HeadcountRangeView
{
    /// <summary>The smallest headcount accepted.</summary>
    public required int Minimum { get; init; }

    /// <summary>The largest headcount accepted.</summary>
    public required int Maximum { get; init; }
}
