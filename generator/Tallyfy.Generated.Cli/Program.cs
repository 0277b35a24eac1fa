using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Tallyfy.Generated.Cli;

return CommandLine.RunProcess(args, Console.Out, Console.Error, ProcessMemory.PrepareFor);
