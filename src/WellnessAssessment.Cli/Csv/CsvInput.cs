using WellnessAssessment.Cli.Infrastructure;

namespace WellnessAssessment.Cli.Csv;

/// <summary>
/// A CSV file ready to be read as a stream: the named file, or standard input copied to a temporary file (deleted on
/// dispose) so that it can be read like any other. Empty and binary input is refused before parsing, with the messages
/// every text input of the tool uses.
/// </summary>
internal sealed class CsvInput : IDisposable
{
    private static readonly System.Buffers.SearchValues<byte> WhiteSpace = System.Buffers.SearchValues.Create(" \t\r\n\v\f"u8);

    private readonly bool _temporary;

    private CsvInput(string path, string source, bool temporary, int lines)
    {
        Path = path;
        Source = source;
        _temporary = temporary;
        Lines = lines;
    }

    /// <summary>How many line breaks the file holds: about how many rows it has (a quoted line break counts too).</summary>
    public int Lines { get; }

    /// <summary>The file to read.</summary>
    public string Path { get; }

    /// <summary>How errors name the input (the path, or "standard input").</summary>
    public string Source { get; }

    public static CsvInput Open(string path, string what, TextReader standardInput)
    {
        if (path != InputFiles.StandardInput)
        {
            if (!File.Exists(path))
            {
                // Gives the tool's usual "no such file" / "no such folder" messages.
                InputFiles.ReadBytes(path, what);
            }

            var lines = Check(path, path, what, isFile: true);
            return new CsvInput(path, InputFiles.DisplayName(path), temporary: false, lines);
        }

        var source = InputFiles.DisplayName(path);
        var copy = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"wellness-stdin-{Guid.NewGuid():N}.csv");
        try
        {
            using (var writer = new StreamWriter(copy, append: false, new System.Text.UTF8Encoding(false)))
            {
                var buffer = new char[64 * 1024];
                int read;
                while ((read = standardInput.Read(buffer, 0, buffer.Length)) > 0)
                {
                    writer.Write(buffer, 0, read);
                }
            }

            var lines = Check(copy, source, what, isFile: false);
            return new CsvInput(copy, source, temporary: true, lines);
        }
        catch
        {
            File.Delete(copy);
            throw;
        }
    }

    public void Dispose()
    {
        if (_temporary)
        {
            File.Delete(Path);
        }
    }

    /// <summary>One pass over the bytes: refuses input that is empty or holds a NUL byte (binary data); counts line breaks.</summary>
    private static int Check(string path, string source, string what, bool isFile)
    {
        var blank = true;
        var lines = 0;
        var buffer = new byte[64 * 1024];
        try
        {
            using var stream = File.OpenRead(path);
            int read;
            var first = true;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                var span = buffer.AsSpan(0, read);
                if (first && span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
                {
                    span = span[3..];
                }

                first = false;
                if (span.IndexOf((byte)0) >= 0)
                {
                    throw new BadInputException(isFile
                        ? $"{source}: this is not a text file (it contains binary data); expected {what}."
                        : $"{source}: this is not text (it contains binary data); expected {what}.");
                }

                lines += span.Count((byte)'\n');

                // A file is empty when it holds only spaces; standard input when it holds only white space.
                blank = blank && (isFile ? span.IndexOfAnyExcept((byte)' ') : span.IndexOfAnyExcept(WhiteSpace)) < 0;
            }
        }
        catch (UnauthorizedAccessException)
        {
            throw new BadInputException($"{source}: the file cannot be read (permission denied).");
        }

        if (blank)
        {
            throw new BadInputException(isFile ? $"{source}: the file is empty; expected {what}." : $"{source}: nothing was read; expected {what}.");
        }

        return lines;
    }
}
