using System.Text;
using WellnessAssessment.Cli.Infrastructure;

namespace WellnessAssessment.Cli.Csv;

/// <summary>
/// Parses RFC 4180 CSV as survey tools export it: comma or semicolon (whichever the header uses outside quotes), quoted
/// fields with embedded separators, quotes (<c>""</c>) and line breaks, CRLF or LF line ends. Row numbers are the
/// spreadsheet's (the header is row 1; a quoted line break does not start a new row).
/// </summary>
internal static class CsvParser
{
    public static CsvTable Parse(string text, string source)
    {
        var separator = DetectSeparator(text);
        var records = new List<CsvRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var fieldWasQuoted = false;
        var row = 1;

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && field.Length == 0 && !fieldWasQuoted)
            {
                inQuotes = true;
                fieldWasQuoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldWasQuoted = false;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                records.Add(new CsvRow(row, [.. fields]));
                fields.Clear();
                field.Clear();
                fieldWasQuoted = false;
                row = records.Count + 1;
            }
            else if (fieldWasQuoted && !char.IsWhiteSpace(c))
            {
                throw new BadInputException($"{source}: row {row}: text after a closing quote; a quote inside a quoted field must be doubled (\"\").");
            }
            else if (!fieldWasQuoted)
            {
                field.Append(c);
            }
        }

        if (inQuotes)
        {
            throw new BadInputException($"{source}: row {row}: a quoted field is never closed (is the file truncated?).");
        }

        if (field.Length > 0 || fields.Count > 0 || fieldWasQuoted)
        {
            fields.Add(field.ToString());
            records.Add(new CsvRow(row, [.. fields]));
        }

        if (records.Count == 0 || records[0].IsBlank)
        {
            throw new BadInputException($"{source}: the file has no header row; expected a header with a group column and one column per item.");
        }

        var header = records[0].Cells.Select(cell => cell.Trim()).ToList();
        return new CsvTable(header, records.Skip(1).ToList(), separator);
    }

    /// <summary>Semicolon when the first line has more semicolons than commas outside quotes (European Excel), otherwise comma.</summary>
    public static char DetectSeparator(string text)
    {
        int commas = 0, semicolons = 0;
        var inQuotes = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c is '\r' or '\n')
            {
                break;
            }
            else if (!inQuotes && c == ',')
            {
                commas++;
            }
            else if (!inQuotes && c == ';')
            {
                semicolons++;
            }
        }

        return semicolons > commas ? ';' : ',';
    }
}
