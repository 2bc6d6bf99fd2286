using System.CommandLine;

namespace CrampSignals.Cli.Commands;

/// <summary>The <c>analyze</c> command.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("analyze", "Not available yet.");
        command.SetAction(_ =>
        {
            context.Error.WriteLine("crampsignals: 'analyze' is not available yet.");
            return CliApp.UsageError;
        });
        return command;
    }
}
