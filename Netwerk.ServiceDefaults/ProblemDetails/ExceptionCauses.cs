namespace Netwerk.ServiceDefaults.ProblemDetails;

/// <summary>An exception and the ones inside it: what EF Core, Npgsql and YARP throw wraps the cause that decides the
/// answer (a PostgreSQL error inside a DbUpdateException, Kestrel's 413 inside a forwarding error).</summary>
public static class ExceptionCauses
{
    public static bool AnyCause(this Exception? exception, Func<Exception, bool> isCause) => exception.FirstCause(isCause) is not null;

    /// <summary>The outermost exception of type <typeparamref name="T"/> in the chain, if any.</summary>
    public static T? CauseOf<T>(this Exception? exception) where T : Exception => (T?)exception.FirstCause(cause => cause is T);

    private static Exception? FirstCause(this Exception? exception, Func<Exception, bool> isCause)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (isCause(current)) return current;
        }
        return null;
    }
}
