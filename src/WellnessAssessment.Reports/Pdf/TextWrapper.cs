namespace WellnessAssessment.Reports.Pdf;

/// <summary>Breaks text into lines that fit a width, at spaces; a word longer than the width is broken by characters.</summary>
internal static class TextWrapper
{
    /// <param name="text">The text; <c>\n</c> starts a new line.</param>
    /// <param name="width">The width available.</param>
    /// <param name="measure">The shaped width of a string in the font the lines will be drawn in.</param>
    public static List<string> Wrap(string text, float width, Func<string, float> measure)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (measure(candidate) <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (measure(line) > width && line.Length > 1)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && measure(line[..cut]) > width)
                    {
                        cut--;
                    }

                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}
