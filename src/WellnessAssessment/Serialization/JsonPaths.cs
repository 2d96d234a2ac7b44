using System.Text;

namespace WellnessAssessment.Serialization;

/// <summary>Converts System.Text.Json paths (<c>$.responses[3].answers['training.fto']</c>) to the library's form (<c>responses[3].answers["training.fto"]</c>).</summary>
internal static class JsonPaths
{
    public static string FromSystemTextJson(string path)
    {
        var text = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.StartsWith('$') ? path[1..] : path;
        if (!text.Contains("['", StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '[' && i + 1 < text.Length && text[i + 1] == '\'')
            {
                var end = text.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end > 0)
                {
                    builder.Append("[\"").Append(text, i + 2, end - i - 2).Append("\"]");
                    i = end + 1;
                    continue;
                }
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }
}
