package com.ccp.notification;

import com.ccp.base.AppProperties;
import com.ccp.ingestion.ReadFinished;
import com.ccp.processing.SessionDetails;
import com.ccp.processing.SessionService;
import com.ccp.security.Actor;
import com.ccp.security.Role;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells a session's owner by e-mail that its reading ended (ready, comparison waiting, or failed).
 * Sent from a thread of its own, so a slow or absent mail server never holds up the reading jobs;
 * a failure to send is logged and nothing else. Off unless Spring's {@code spring.mail.host}
 * (SPRING_MAIL_HOST) and {@code MAIL_DOMAIN} are set: owners are Windows user names, and their
 * address is {@code name@MAIL_DOMAIN}.
 */
@Component
class CompletionMail implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CompletionMail.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final SessionService sessions;
    private final AppProperties.Mail settings;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "completion-mail");
        thread.setDaemon(true);
        return thread;
    });

    CompletionMail(ObjectProvider<JavaMailSender> mailSender, SessionService sessions, AppProperties properties) {
        this.mailSender = mailSender;
        this.sessions = sessions;
        this.settings = properties.mail();
    }

    @EventListener
    void readFinished(ReadFinished event) {
        JavaMailSender mail = mailSender.getIfAvailable();
        if (mail == null || settings.domain().isEmpty()) {
            return;
        }
        try {
            sender.execute(() -> send(mail, event.sessionId()));
        } catch (RejectedExecutionException stopping) {
            log.info("Session {}: no completion e-mail, the app is stopping", event.sessionId());
        }
    }

    private void send(JavaMailSender mail, String sessionId) {
        try {
            String owner = sessions.ownerOf(sessionId);
            SessionDetails session = sessions.get(Actor.of(owner, Role.USER), sessionId);
            CompletionMessage message = CompletionMessage.of(session, settings.appUrl());
            SimpleMailMessage email = new SimpleMailMessage();
            email.setFrom(settings.from());
            email.setTo(owner + "@" + settings.domain());
            email.setSubject(message.subject());
            email.setText(message.body());
            mail.send(email);
            log.info("Session {}: completion e-mail sent to {}", sessionId, owner);
        } catch (RuntimeException e) {
            log.warn("Session {}: the completion e-mail could not be sent: {}", sessionId, e.getMessage());
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
