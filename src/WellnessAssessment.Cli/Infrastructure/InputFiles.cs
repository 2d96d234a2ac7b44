using System.Text;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Cli.Infrastructure;

/// <summary>Reads the tool's input files, turning every problem into a <see cref="BadInputException"/> that names the file.</summary>
internal static class InputFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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

    public static ResponseSet ReadResponseSet(string path) =>
        Located(path, () => WellnessJson.ReadResponseSet(ReadText(path, "a response set (JSON)")));

    public static AssessmentResult ReadResult(string path) =>
        Located(path, () => WellnessJson.ReadResult(ReadText(path, "a scoring result (JSON)")));

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
