using System.Text;
using System.Text.Json.Nodes;

namespace WellnessAssessment.Functions.Tests;

internal static class Json
{
    public static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Body(object value) => Body(System.Text.Json.JsonSerializer.Serialize(value, System.Text.Json.JsonSerializerOptions.Web));

    public static async Task<JsonNode> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public static string Example(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "assessments", "examples", name));
}
