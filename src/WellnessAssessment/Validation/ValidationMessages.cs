namespace WellnessAssessment.Validation;

/// <summary>Messages shared by several validators.</summary>
internal static class ValidationMessages
{
    public const string Required = "is required";
    public const string PositiveWeight = "must be a number greater than 0";

    public static bool IsPositiveWeight(double weight) => double.IsFinite(weight) && weight > 0;
}
