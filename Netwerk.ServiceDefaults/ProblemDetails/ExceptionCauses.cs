namespace Netwerk.ServiceDefaults.ProblemDetails;

/// <summary>An exception and the ones inside it: what EF Core, Npgsql and YARP throw wraps the cause that decides the
/// answer (a PostgreSQL error inside a DbUpdateException, Kestrel's 413 inside a forwarding error).</summary>
public static class ExceptionCauses
{
    public static bool AnyCause(this Exception? exception, Func<Exception, bool> isCause)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (isCause(current)) return true;
        }
        return false;
    }
}
