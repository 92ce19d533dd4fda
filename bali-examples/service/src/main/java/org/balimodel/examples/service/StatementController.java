package org.balimodel.examples.service;

import jakarta.servlet.http.HttpServletRequest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import org.balimodel.core.validation.IssueCode;
import org.balimodel.core.validation.Report;
import org.balimodel.json.BaliJson;
import org.balimodel.json.Limits;
import org.balimodel.json.ReadResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /statements/validate}: reads a statement document through {@link BaliJson}, so that
 * every limit of the hardened reader holds on the wire, and answers with its report.
 *
 * <ul>
 *   <li>200 and the report ({@code {"issues": [...]}}) when the document has no error (warnings and
 *       notes may be present);
 *   <li>422 and a problem document with the issues when it has;
 *   <li>413 over {@code bali.service.max-document-bytes}: refused on its {@code Content-Length}
 *       before a byte of the body is read, and otherwise after at most one byte past the limit;
 *   <li>415 for a content type other than JSON (answered by Spring before this method);
 *   <li>408 when the body takes longer than {@code bali.service.body-timeout}, 400 when the
 *       connection fails while it is read.
 * </ul>
 */
@RestController
class StatementController {

  private final BaliJson json;
  private final long maxBytes;
  private final long bodyTimeoutNanos;

  StatementController(ServiceProperties properties) {
    this.maxBytes = properties.maxDocumentBytes().toBytes();
    this.bodyTimeoutNanos = properties.bodyTimeout().toNanos();
    this.json =
        BaliJson.builder().limits(Limits.builder().maxDocumentBytes(maxBytes).build()).build();
  }

  @PostMapping(
      path = "/statements/validate",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
  ResponseEntity<byte[]> validate(HttpServletRequest request) throws IOException {
    String instance = request.getRequestURI();
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      return tooLarge(instance, declared + " bytes declared");
    }
    Guarded body = new Guarded(request.getInputStream(), System.nanoTime() + bodyTimeoutNanos);
    ReadResult result = json.read(body);
    if (body.failure != null) {
      return unread(body.failure, instance);
    }
    Report report = result.report();
    if (!report.withCode(IssueCode.JSON_LIMIT_SIZE.code()).isEmpty()) {
      return tooLarge(instance, "more than " + maxBytes + " bytes sent");
    }
    if (result.isValid()) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Problems.bytes(report));
    }
    int errors = report.errors().size();
    return Problems.problem(
        HttpStatus.UNPROCESSABLE_CONTENT,
        Problems.INVALID_STATEMENT,
        errors + (errors == 1 ? " error" : " errors") + " in the statement document",
        instance,
        report);
  }

  private ResponseEntity<byte[]> tooLarge(String instance, String what) {
    return Problems.problem(
        HttpStatus.CONTENT_TOO_LARGE,
        null,
        "a statement document may have at most " + maxBytes + " bytes; " + what,
        instance,
        null);
  }

  private static ResponseEntity<byte[]> unread(IOException failure, String instance) {
    if (failure instanceof BodyTimeout || timeout(failure)) {
      return Problems.problem(
          HttpStatus.REQUEST_TIMEOUT, null, "the body did not arrive in time", instance, null);
    }
    return Problems.problem(
        HttpStatus.BAD_REQUEST, null, "the body could not be read: " + failure.getMessage(), instance, null);
  }

  private static boolean timeout(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SocketTimeoutException || t instanceof InterruptedIOException) {
        return true;
      }
    }
    return false;
  }

  /** The body has taken longer than the body timeout. */
  private static final class BodyTimeout extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTimeout() {
      super("the body took longer than the body timeout");
    }
  }

  /**
   * The request body with a deadline for the whole of it, keeping the failure that ended reading:
   * BaliJson reports a failed stream as an issue, and the service answers it with 408 or 400.
   */
  private static final class Guarded extends FilterInputStream {
    private final long deadline;
    IOException failure;

    Guarded(InputStream in, long deadline) {
      super(in);
      this.deadline = deadline;
    }

    @Override
    public int read() throws IOException {
      check();
      try {
        return super.read();
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      check();
      try {
        return super.read(b, off, len);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    private void check() throws IOException {
      if (System.nanoTime() - deadline > 0) {
        failure = new BodyTimeout();
        throw failure;
      }
    }
  }
}
