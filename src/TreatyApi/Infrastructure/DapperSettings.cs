using System.Runtime.CompilerServices;

namespace TreatyApi.Infrastructure;

/// <summary>Dapper settings for every query of this assembly, set once when the assembly loads.</summary>
internal static class DapperSettings
{
    /// <summary>
    /// A snake_case column (full_name) fills the PascalCase member (FullName), so queries select plain columns
    /// with no `AS` alias. A module initializer, not Program: tests call the query classes without starting the app.
    /// </summary>
#pragma warning disable CA2255 // The one global setting Dapper has; it must hold before any query, in any host.
    [ModuleInitializer]
    internal static void MatchUnderscores() => Dapper.DefaultTypeMap.MatchNamesWithUnderscores = true;
#pragma warning restore CA2255
}
