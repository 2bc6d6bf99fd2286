return CrampSignals.Cli.CliApp.Run(args, Console.Out, Console.Error);
