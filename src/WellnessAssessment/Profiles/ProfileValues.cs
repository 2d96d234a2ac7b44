using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json.Serialization;

namespace WellnessAssessment.Profiles;

/// <summary>
/// The values an agency profile's choice fields accept, as they are written in JSON (for example <c>up-to-10</c>),
/// each with its enum value, in the enum's order. Read from the enums themselves, so the CLI's options and the API's
/// vocabulary (<c>GET /api/vocabulary</c>) list exactly the values the library reads.
/// </summary>
public static class ProfileValues
{
    /// <summary>The values of <see cref="AgencyProfile.Size"/>.</summary>
    public static IReadOnlyDictionary<string, AgencySize> Sizes { get; } = Named<AgencySize>();

    /// <summary>The values of <see cref="AgencyProfile.Dispatch"/>.</summary>
    public static IReadOnlyDictionary<string, DispatchArrangement> Dispatch { get; } = Named<DispatchArrangement>();

    /// <summary>The values of <see cref="AgencyProfile.EmployeeAssistance"/>.</summary>
    public static IReadOnlyDictionary<string, EmployeeAssistanceArrangement> EmployeeAssistance { get; } = Named<EmployeeAssistanceArrangement>();

    private static OrderedDictionary<string, T> Named<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>()
        where T : struct, Enum
    {
        var named = new OrderedDictionary<string, T>(StringComparer.Ordinal);
        foreach (var field in typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(field => Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)))
        {
            var name = field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                ?? throw new InvalidOperationException($"{typeof(T).Name}.{field.Name} has no JSON name.");
            named.Add(name, (T)field.GetValue(null)!);
        }

        return named;
    }
}
