using FluentValidation;

namespace WellnessAssessment.Validation;

/// <summary>Names a rule by its JSON path (camelCase), so that failures say <c>sections[0].title</c>, not <c>Sections[0].Title</c>.</summary>
internal static class RuleBuilderPathExtensions
{
    public static IRuleBuilderInitial<T, TProperty> AtPath<T, TProperty>(this IRuleBuilderInitial<T, TProperty> rule, string path) =>
        rule.Configure(configuration => configuration.PropertyName = path);

    public static IRuleBuilderInitialCollection<T, TElement> AtPath<T, TElement>(this IRuleBuilderInitialCollection<T, TElement> rule, string path) =>
        rule.Configure(configuration => configuration.PropertyName = path);
}
