// The namespaces most of this project's files use (page models, their authorization and the
// declarations and accounts they act on), so that a file's own using list names only what is particular to it.
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
global using Microsoft.EntityFrameworkCore;
global using PerfTargets.Core.Accounts;
global using PerfTargets.Core.Declarations;
global using PerfTargets.Data;
global using PerfTargets.Web.Accounts;
