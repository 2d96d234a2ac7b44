using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using WellnessAssessment.Cli.Infrastructure;

namespace WellnessAssessment.Cli.Csv;

/// <summary>
/// Reads RFC 4180 CSV as survey tools export it, one record at a time (CsvHelper's parser; the file is never held in
/// memory): comma or semicolon (whichever the header uses outside quotes), quoted fields with embedded separators,
/// quotes (<c>""</c>) and line breaks, CRLF or LF line ends, strict UTF-8 with or without a BOM. Row numbers are the
/// spreadsheet's: the header is row 1, a blank line is a row, a quoted line break does not start a new row.
/// </summary>
internal sealed class CsvRecordReader : IDisposable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _source;
    private readonly FileStream _stream;
    private readonly CsvHelper.CsvParser _parser;
    private string? _badData;

    public CsvRecordReader(string path, string source)
    {
        _source = source;
        Separator = DetectSeparator(path);
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = Separator.ToString(),
            Mode = CsvMode.RFC4180,
            IgnoreBlankLines = false,
            DetectColumnCountChanges = false,
            // A quote inside an unquoted value ("5\" tall") is text, as spreadsheets write it; only quoted fields can be bad.
            BadDataFound = args =>
            {
                if (args.Field.StartsWith('"'))
                {
                    _badData ??= args.Field;
                }
            },
        };
        _parser = new CsvHelper.CsvParser(new StreamReader(_stream, StrictUtf8, detectEncodingFromByteOrderMarks: true), configuration);
        Header = ReadHeader();
    }

    /// <summary>The header's column names, trimmed.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The field separator: <c>,</c> or <c>;</c>.</summary>
    public char Separator { get; }

    /// <summary>How far through the file the reader is, from 0 to 1.</summary>
    public double Progress => _stream.Length == 0 ? 1 : Math.Min(1, (double)_stream.Position / _stream.Length);

    /// <summary>The data rows after the header, read as they are enumerated; blank rows included.</summary>
    public IEnumerable<CsvRow> Rows()
    {
        while (Next() is { } row)
        {
            yield return row;
        }
    }

    public void Dispose()
    {
        _parser.Dispose();
        _stream.Dispose();
    }

    /// <summary>Semicolon when the first line has more semicolons than commas outside quotes (European Excel), otherwise comma.</summary>
    public static char DetectSeparator(TextReader text)
    {
        int commas = 0, semicolons = 0;
        var inQuotes = false;
        int next;
        while ((next = text.Read()) >= 0)
        {
            var c = (char)next;
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

    private char DetectSeparator(string path)
    {
        using var reader = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true);
        try
        {
            return DetectSeparator(reader);
        }
        catch (DecoderFallbackException)
        {
            throw NotUtf8();
        }
    }

    private IReadOnlyList<string> ReadHeader()
    {
        if (Next() is not { IsBlank: false } header)
        {
            throw new BadInputException($"{_source}: the file has no header row; expected a header with a group column and one column per item.");
        }

        return [.. header.Cells.Select(cell => cell.Trim())];
    }

    private CsvRow? Next()
    {
        bool read;
        try
        {
            read = _parser.Read();
        }
        catch (DecoderFallbackException)
        {
            throw NotUtf8();
        }

        if (!read)
        {
            return null;
        }

        var number = _parser.Row;
        var cells = _parser.Record ?? [];
        if (_badData is { } field)
        {
            throw new BadInputException(Unclosed(field)
                ? $"{_source}: row {number}: a quoted field is never closed (is the file truncated?)."
                : $"{_source}: row {number}: text after a closing quote; a quote inside a quoted field must be doubled (\"\").");
        }

        return new CsvRow(number, cells);
    }

    // CsvHelper reports both faults as bad data. A quoted field with no closing quote (doubled quotes are text) ran to the
    // end of the file; one with a closing quote has text after it.
    private static bool Unclosed(string field) => !field[1..].Replace("\"\"", string.Empty, StringComparison.Ordinal).Contains('"', StringComparison.Ordinal);

    private BadInputException NotUtf8() =>
        new($"{_source}: the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in Excel) and try again.");
}
