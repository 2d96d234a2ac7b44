using WellnessAssessment.Cli;

return await WellnessCli.RunAsync(args, new CliConsole(Console.Out, Console.Error, ErrorIsTerminal: !Console.IsErrorRedirected), CancellationToken.None).ConfigureAwait(false);
