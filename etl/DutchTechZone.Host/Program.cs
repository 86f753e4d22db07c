using DutchTechZone.Host.Cli;

return await DtzCommandLine.RunAsync(args);
