using System.Text.Json.Nodes;

namespace WellnessAssessment.Web.Tests.Contract;

/// <summary>The served OpenAPI document, asked whether a JSON path read from a response is one its schema defines.</summary>
internal sealed class ApiDocument(JsonNode document)
{
    /// <summary>
    /// Null when <paramref name="path"/> (<c>$[].groups[].count</c>) is defined by the JSON response schema of
    /// <paramref name="operation"/> (<c>GET /api/agencies/riverside/assessments</c>); otherwise why not.
    /// </summary>
    public string? Undefined(string operation, string path)
    {
        var (method, urlPath) = (operation[..operation.IndexOf(' ', StringComparison.Ordinal)].ToLowerInvariant(), operation[(operation.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        if (Template(urlPath) is not { } template)
        {
            return $"{operation}: no path of the document matches";
        }

        var responses = document["paths"]![template]![method]?["responses"]?.AsObject();
        var schema = responses?.Where(response => response.Key.StartsWith('2')).Select(response => response.Value?["content"]?["application/json"]?["schema"]).FirstOrDefault(found => found is not null);
        if (schema is null)
        {
            return $"{operation} ({template}): the document gives no JSON response schema";
        }

        var position = 1;
        while (position < path.Length)
        {
            if (path[position] == '[')
            {
                schema = Items(schema);
                position += 2;
            }
            else
            {
                var end = path.IndexOfAny(['.', '['], position + 1);
                var name = path[(position + 1)..(end < 0 ? path.Length : end)];
                schema = Property(schema, name);
                position = end < 0 ? path.Length : end;
            }

            if (schema is null)
            {
                return $"{operation}: the page reads {path}, which {template} does not define (read up to position {position})";
            }
        }

        return null;
    }

    private string? Template(string urlPath)
    {
        var segments = urlPath.Split('/');
        return document["paths"]!.AsObject().Select(entry => entry.Key).FirstOrDefault(template =>
        {
            var parts = template.Split('/');
            return parts.Length == segments.Length && parts.Zip(segments).All(pair => pair.First.StartsWith('{') || pair.First == Uri.UnescapeDataString(pair.Second));
        });
    }

    private JsonNode? Items(JsonNode? schema) => Alternatives(schema).Select(each => each["items"]).FirstOrDefault(items => items is not null);

    private JsonNode? Property(JsonNode? schema, string name)
    {
        foreach (var each in Alternatives(schema))
        {
            if (each["properties"]?[name] is { } property)
            {
                return property;
            }

            if (each["additionalProperties"] is JsonObject map)
            {
                return map;
            }
        }

        return null;
    }

    /// <summary>The schema itself with references resolved, and every branch of its anyOf/oneOf/allOf.</summary>
    private IEnumerable<JsonNode> Alternatives(JsonNode? schema)
    {
        if (schema is null)
        {
            yield break;
        }

        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            foreach (var each in Alternatives(document["components"]!["schemas"]![reference[(reference.LastIndexOf('/') + 1)..]]))
            {
                yield return each;
            }

            yield break;
        }

        yield return schema;
        foreach (var keyword in new[] { "anyOf", "oneOf", "allOf" })
        {
            foreach (var branch in schema[keyword]?.AsArray() ?? [])
            {
                foreach (var each in Alternatives(branch))
                {
                    yield return each;
                }
            }
        }
    }
}
