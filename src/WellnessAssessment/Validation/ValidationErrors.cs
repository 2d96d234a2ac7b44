using FluentValidation.Results;

namespace WellnessAssessment.Validation;

/// <summary>Converts FluentValidation's results, whose property names are JSON paths, to the library's <see cref="ValidationError"/> list.</summary>
internal static class ValidationErrors
{
    public static IReadOnlyList<ValidationError> From(ValidationResult result, string pathPrefix = "")
    {
        if (result.IsValid)
        {
            return [];
        }

        var errors = new ValidationError[result.Errors.Count];
        for (var i = 0; i < errors.Length; i++)
        {
            errors[i] = ToError(result.Errors[i], pathPrefix);
        }

        return errors;
    }

    public static void ThrowIfInvalid(string subject, ValidationResult result, string pathPrefix = "")
    {
        if (!result.IsValid)
        {
            throw new AssessmentValidationException(subject, From(result, pathPrefix));
        }
    }

    private static ValidationError ToError(ValidationFailure failure, string prefix)
    {
        var path = failure.PropertyName ?? string.Empty;
        if (prefix.Length > 0)
        {
            path = path.Length == 0 ? prefix : path[0] == '[' ? prefix + path : $"{prefix}.{path}";
        }

        return new ValidationError(path, failure.ErrorMessage);
    }
}
