package org.fanloop;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between Fanloop and its database that a test can cut, as if the database
 * went down (open connections die, new ones are refused), and restore on the same port.
 */
public final class TcpRelay implements AutoCloseable {

	private final String targetHost;

	private final int targetPort;

	private final int port;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile ServerSocket server;

	public TcpRelay(String targetHost, int targetPort) throws IOException {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		ServerSocket first = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.port = first.getLocalPort();
		listen(first);
	}

	public int port() {
		return this.port;
	}

	/** Every open connection dies and new ones are refused. */
	public void cut() throws IOException {
		this.server.close();
		for (Socket socket : this.sockets) {
			socket.close();
		}
		this.sockets.clear();
	}

	/** Connections go through again. */
	public void restore() throws IOException {
		ServerSocket again = new ServerSocket();
		again.setReuseAddress(true);
		again.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), this.port));
		listen(again);
	}

	private void listen(ServerSocket socket) {
		this.server = socket;
		Thread.ofVirtual().start(() -> {
			while (!socket.isClosed()) {
				try {
					Socket client = socket.accept();
					Socket target = new Socket(this.targetHost, this.targetPort);
					this.sockets.add(client);
					this.sockets.add(target);
					pipe(client, target);
					pipe(target, client);
				}
				catch (IOException ex) {
					// closed by cut()
				}
			}
		});
	}

	private void pipe(Socket from, Socket to) {
		Thread.ofVirtual().start(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// one side went away
			}
			finally {
				close(from);
				close(to);
			}
		});
	}

	private static void close(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		cut();
	}

}
