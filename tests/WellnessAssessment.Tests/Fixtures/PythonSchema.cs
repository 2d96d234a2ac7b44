namespace WellnessAssessment.Tests.Fixtures;

/// <summary>Validates JSON files against a JSON Schema (draft 2020-12) with python3-jsonschema, one line per file.</summary>
internal static class PythonSchema
{
    private const string Script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        failed = 0
        for path in sys.argv[2:]:
            errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(path, encoding="utf-8"))))
            print(("invalid " if errors else "valid ") + path.rsplit("/", 1)[-1])
            failed |= bool(errors)
        sys.exit(1 if failed else 0)
        """;

    public static (int ExitCode, string Output) Validate(string schema, IReadOnlyList<string> files)
    {
        var python = File.Exists("/usr/bin/python3") && Run("/usr/bin/python3", ["-c", "import jsonschema"]).ExitCode == 0 ? "/usr/bin/python3" : "python3";
        return Run(python, ["-c", Script, schema, .. files]);
    }

    private static (int ExitCode, string Output) Run(string program, IEnumerable<string> arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }
}
