package org.balimodel.examples.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A hostile client speaking HTTP/1.1 on a raw socket to the loopback address, for what a polite
 * client never sends: bodies that lie about their size, that never end, or that trickle in.
 */
final class Wire {

  private Wire() {}

  /** What the server answered, and how many body bytes the client managed to send. */
  record Answer(int status, String head, long sent) {}

  /** Sends {@code declared} as Content-Length but only {@code sendBytes} bytes, then reads the answer. */
  static Answer declared(int port, long declared, int sendBytes) throws IOException {
    try (Socket socket = open(port)) {
      OutputStream out = socket.getOutputStream();
      out.write(head(port, "Content-Length: " + declared));
      long sent = 0;
      try {
        out.write(new byte[sendBytes]);
        sent = sendBytes;
        out.flush();
      } catch (IOException closedByServer) {
        // The server may answer and close before reading what was sent.
      }
      return read(socket, sent);
    }
  }

  /** Streams up to {@code total} bytes of an unending JSON array, chunked, while reading the answer. */
  static Answer chunked(int port, long total) throws IOException, InterruptedException {
    try (Socket socket = open(port)) {
      OutputStream out = socket.getOutputStream();
      out.write(head(port, "Transfer-Encoding: chunked"));
      AtomicLong sent = new AtomicLong();
      Thread writer =
          new Thread(
              () -> {
                byte[] chunk = ("[" + "1,".repeat(32 * 1024)).getBytes(StandardCharsets.US_ASCII);
                byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                  while (sent.get() < total) {
                    out.write(size);
                    out.write(chunk);
                    out.write(new byte[] {'\r', '\n'});
                    sent.addAndGet(chunk.length);
                  }
                  out.flush();
                } catch (IOException closedByServer) {
                  // The server stopped reading: that is the point.
                }
              });
      writer.setDaemon(true);
      writer.start();
      Answer answer = read(socket, -1);
      socket.close();
      writer.join(10_000);
      return new Answer(answer.status(), answer.head(), sent.get());
    }
  }

  /** Sends {@code body} in pieces of {@code piece} bytes with {@code pauseMillis} between them. */
  static Answer slow(int port, byte[] body, int piece, long pauseMillis) throws IOException {
    try (Socket socket = open(port)) {
      OutputStream out = socket.getOutputStream();
      out.write(head(port, "Content-Length: " + body.length));
      out.flush();
      long sent = 0;
      try {
        for (int i = 0; i < body.length; i += piece) {
          int n = Math.min(piece, body.length - i);
          out.write(body, i, n);
          out.flush();
          sent += n;
          Thread.sleep(pauseMillis);
          if (socket.getInputStream().available() > 0) {
            break;
          }
        }
      } catch (IOException | InterruptedException stopped) {
        // The server gave up on the body.
      }
      return read(socket, sent);
    }
  }

  private static Socket open(int port) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(30_000);
    return socket;
  }

  private static byte[] head(int port, String length) {
    return ("POST /statements/validate HTTP/1.1\r\nHost: localhost:" + port
            + "\r\nContent-Type: application/json\r\n" + length + "\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static Answer read(Socket socket, long sent) throws IOException {
    InputStream in = socket.getInputStream();
    StringBuilder head = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0) {
      head.append((char) c);
      if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
        break;
      }
    }
    String text = head.toString();
    if (!text.startsWith("HTTP/1.1 ")) {
      throw new IOException("no HTTP answer: " + text);
    }
    return new Answer(Integer.parseInt(text.substring(9, 12)), text, sent);
  }
}
