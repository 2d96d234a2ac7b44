using System.Text.Json;
using System.Text.Json.Serialization;

namespace WellnessAssessment.Client;

/// <content>JSON settings of the generated client.</content>
public partial class WellnessApiClient
{
    // The API writes enums as kebab-case strings ("below-minimum-group-size"); the generated enums are their PascalCase names.
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) =>
        settings.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
}
