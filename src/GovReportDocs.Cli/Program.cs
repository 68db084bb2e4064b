using System.Text;
using GovReportDocs.Cli;

Console.OutputEncoding = Encoding.UTF8;
return GovReportCli.Run(args, CliConsole.System);
