namespace WellnessAssessment.Cli.Infrastructure;

/// <summary>
/// Writes an output file all at once: the content goes to a temporary file beside the target, which is then moved over
/// it, so an interrupted run never leaves a half-written file. Without a path, writes to standard output.
/// </summary>
internal static class OutputFile
{
    public static void Write(string? path, TextWriter standardOutput, Action<Stream> write)
    {
        if (path is null or "-")
        {
            using var stream = new TextWriterStream(standardOutput);
            write(stream);
            stream.Flush();
            return;
        }

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new BadInputException($"{path}: the folder {folder} does not exist.");
        }

        if (Directory.Exists(full))
        {
            throw new BadInputException($"{path}: this is a folder; give the name of the file to write.");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (UnauthorizedAccessException)
        {
            throw new BadInputException($"{path}: cannot write here (permission denied).");
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>
    /// Like <see cref="Write"/>, but standard output too receives nothing unless <paramref name="write"/> completes: the
    /// content is staged in a temporary file first. For writers that can fail after writing part of their output.
    /// </summary>
    public static void WriteAllOrNothing(string? path, TextWriter standardOutput, Action<Stream> write)
    {
        if (path is not (null or "-"))
        {
            Write(path, standardOutput, write);
            return;
        }

        var staged = Path.Combine(Path.GetTempPath(), $"wellness-out-{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(staged, FileMode.CreateNew, FileAccess.ReadWrite))
            {
                write(stream);
                stream.Position = 0;
                using var output = new TextWriterStream(standardOutput);
                stream.CopyTo(output);
                output.Flush();
            }
        }
        finally
        {
            File.Delete(staged);
        }
    }

    public static void WriteText(string? path, TextWriter standardOutput, string text) =>
        Write(path, standardOutput, stream =>
        {
            var bytes = new System.Text.UTF8Encoding(false).GetBytes(text);
            stream.Write(bytes);
        });
}
