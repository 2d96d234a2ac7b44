using System.Text;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Cli.Infrastructure;

/// <summary>Reads the tool's input files, turning every problem into a <see cref="BadInputException"/> that names the file.</summary>
internal static class InputFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file name that means standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>How messages name an input: its path, or "standard input" for <c>-</c>.</summary>
    public static string DisplayName(string path) => path == StandardInput ? "standard input" : path;

    /// <summary>Reads a whole text input: the file at <paramref name="path"/>, or <paramref name="standardInput"/> for <c>-</c>.</summary>
    public static string ReadText(string path, string what, TextReader standardInput)
    {
        if (path != StandardInput)
        {
            return ReadText(path, what);
        }

        return CheckText(standardInput.ReadToEnd(), path, what);
    }

    /// <summary>Text from standard input, without a BOM, after checking that it is not empty and not binary.</summary>
    private static string CheckText(string text, string path, string what)
    {
        var name = DisplayName(path);
        if (string.IsNullOrWhiteSpace(text.TrimStart('\uFEFF')))
        {
            throw new BadInputException($"{name}: nothing was read; expected {what}.");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new BadInputException($"{name}: this is not text (it contains binary data); expected {what}.");
        }

        return text.TrimStart('\uFEFF');
    }

    /// <summary>Reads a whole text file as strict UTF-8 (a BOM is allowed), rejecting empty and binary files.</summary>
    public static string ReadText(string path, string what)
    {
        var bytes = ReadBytes(path, what);
        if (bytes.Length == 0 || bytes.AsSpan().Trim((byte)' ').IsEmpty)
        {
            throw new BadInputException($"{path}: the file is empty; expected {what}.");
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new BadInputException($"{path}: this is not a text file (it contains binary data); expected {what}.");
        }

        try
        {
            var start = bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            throw new BadInputException($"{path}: the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in Excel) and try again.");
        }
    }

    public static byte[] ReadBytes(string path, string what)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            throw new BadInputException($"{path}: no such file; expected {what}.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new BadInputException($"{path}: no such file or folder; expected {what}.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new BadInputException($"{path}: the file cannot be read (permission denied).");
        }
        catch (IOException exception)
        {
            throw new BadInputException($"{path}: the file cannot be read ({exception.Message}).");
        }
    }

    /// <summary>Reads a response set by streaming the file (large sets are never held as text), or from standard input for <c>-</c>.</summary>
    public static ResponseSet ReadResponseSet(string path, TextReader standardInput, IProgress<double>? progress = null)
    {
        const string What = "a response set (JSON)";
        if (path == StandardInput)
        {
            var head = new char[4096];
            var read = standardInput.ReadBlock(head, 0, head.Length);
            var start = CheckText(new string(head, 0, read), path, What);
            using var input = new TextReaderStream(start, standardInput);
            return Located(DisplayName(path), () => WellnessJson.ReadResponseSet(input));
        }

        using var stream = OpenChecked(path, What);
        using var reported = progress is null ? null : new ProgressStream(stream, progress);
        return Located(path, () => WellnessJson.ReadResponseSet(reported ?? (Stream)stream));
    }

    public static AssessmentResult ReadResult(string path)
    {
        const string What = "a scoring result (JSON)";
        using var stream = OpenChecked(path, What);
        return Located(path, () => WellnessJson.ReadResult(stream));
    }

    /// <summary>Reads peer norms (JSON from <c>wellness benchmark build</c>).</summary>
    public static Norms.PeerNorms ReadNorms(string path)
    {
        const string What = "peer norms (JSON from 'wellness benchmark build')";
        using var stream = OpenChecked(path, What);
        return Located(path, () => WellnessJson.ReadNorms(stream));
    }

    /// <summary>Reads headcounts (JSON) and checks them against the instrument; every problem names the file and the field.</summary>
    public static Participation.Headcounts ReadHeadcounts(string path, Instruments.Instrument instrument)
    {
        const string What = "headcounts (JSON such as {\"total\": 120, \"groups\": {\"line-officer\": 80}})";
        using var stream = OpenChecked(path, What);
        return Located(path, () =>
        {
            var headcounts = WellnessJson.ReadHeadcounts(stream);
            var errors = Participation.HeadcountsValidation.Validate(headcounts, instrument, path: string.Empty);
            return errors.Count == 0 ? headcounts : throw new Validation.AssessmentValidationException("headcounts", errors);
        });
    }

    /// <summary>Opens a file for streaming after checking that its start is text: not empty, no NUL bytes.</summary>
    private static FileStream OpenChecked(string path, string what)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            ReadBytes(path, what);
            throw;
        }

        var head = new byte[4096];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (head.AsSpan(0, read).Trim("\uFEFF \t\r\n"u8).IsEmpty)
        {
            stream.Dispose();
            throw new BadInputException($"{path}: the file is empty; expected {what}.");
        }

        if (head.AsSpan(0, read).Contains((byte)0))
        {
            stream.Dispose();
            throw new BadInputException($"{path}: this is not a text file (it contains binary data); expected {what}.");
        }

        stream.Position = 0;
        return stream;
    }

    public static Instrument ReadInstrument(string path) =>
        Located(path, () => InstrumentLoader.Parse(ReadText(path, "an instrument (JSON)")));

    /// <summary>Runs a read, printing the core's validation errors as <c>FILE: path: message</c> lines.</summary>
    public static T Located<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (AssessmentValidationException exception)
        {
            throw new BadInputException([.. exception.Errors.Select(error => $"{path}: {error}")]);
        }
    }
}
