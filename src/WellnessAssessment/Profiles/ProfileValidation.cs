namespace WellnessAssessment.Profiles;

/// <summary>Messages of the agency-profile rules.</summary>
internal static class ProfileValidation
{
    public const string ListRule = "must list at least one known value";
    public const string UnknownValue = "is not a known value";
    public const string PositiveDays = "must be a whole number of days greater than 0";
}
