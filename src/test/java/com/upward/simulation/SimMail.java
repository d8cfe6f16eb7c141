package com.upward.simulation;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * A real SMTP server (GreenMail) for the simulated company, which can be down for a while. Every message it
 * receives is kept as "recipient | subject", across restarts, so that nothing delivered is forgotten.
 */
final class SimMail implements AutoCloseable {

    final int port = freePort();
    private final List<String> delivered = new ArrayList<>();
    private GreenMail server;

    void up() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    void down() {
        collect();
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Everything delivered so far, one "recipient | subject" per message. */
    List<String> delivered() {
        collect();
        return List.copyOf(delivered);
    }

    private void collect() {
        if (server == null) {
            return;
        }
        try {
            for (MimeMessage message : server.getReceivedMessages()) {
                for (Address to : message.getRecipients(MimeMessage.RecipientType.TO)) {
                    delivered.add(((InternetAddress) to).getAddress() + " | " + message.getSubject());
                }
            }
            server.purgeEmailFromAllMailboxes();
        } catch (MessagingException | FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        down();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
