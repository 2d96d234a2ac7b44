using System.Text;
using WellnessAssessment.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true);
var console = new CliConsole(input, Console.Out, Console.Error, ErrorIsTerminal: !Console.IsErrorRedirected);
return await WellnessCli.RunAsync(args, console, CancellationToken.None).ConfigureAwait(false);
