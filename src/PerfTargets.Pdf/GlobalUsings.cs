// The drawing API every layout is written in, and the declaration, its print and its money that they print.
global using System.Globalization;
global using PerfTargets.Core.Declarations;
global using PerfTargets.Core.Money;
global using PerfTargets.Core.Printing;
global using PerfTargets.Pdf.Composition;
global using PerfTargets.Pdf.Composition.Fluent;
global using PerfTargets.Pdf.Composition.Infrastructure;
global using PerfTargets.Pdf.Composition.Text;
