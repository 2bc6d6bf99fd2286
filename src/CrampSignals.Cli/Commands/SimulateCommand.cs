using System.CommandLine;

namespace CrampSignals.Cli.Commands;

/// <summary>The <c>simulate</c> command.</summary>
internal static class SimulateCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("simulate", "Not available yet.");
        command.SetAction(_ =>
        {
            context.Error.WriteLine("crampsignals: 'simulate' is not available yet.");
            return CliApp.UsageError;
        });
        return command;
    }
}
