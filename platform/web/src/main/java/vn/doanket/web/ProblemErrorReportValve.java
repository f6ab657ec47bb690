package vn.doanket.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's error report for requests Spring never sees — a request line Tomcat refuses (a raw {@code <}, a
 * 10 kB path over the header limit), {@code %2F}, {@code %00} or an invalid escape in the path — written as the
 * platform's bilingual {@code application/problem+json} instead of Tomcat's HTML page. Installed on the Host by
 * {@link DoanKetWebAutoConfiguration} in place of the standard {@link ErrorReportValve}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private final ProblemResolver resolver;

    ProblemErrorReportValve(ProblemResolver resolver) {
        this.resolver = resolver;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            byte[] body = resolver.containerProblem(status, UUID.randomUUID().toString());
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                response.setContentLength(body.length);
            } catch (Throwable t) {
                // headers already fixed: write the body anyway
            }
            OutputStream out = response.getOutputStream();
            out.write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client went away
        }
    }
}
