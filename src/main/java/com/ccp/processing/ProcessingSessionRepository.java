package com.ccp.processing;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ProcessingSessionRepository extends ListCrudRepository<ProcessingSession, String> {

    List<ProcessingSession> findByStatusIn(List<SessionStatus> statuses);

    List<ProcessingSession> findByOwnerAndStatusIn(String owner, List<SessionStatus> statuses);
}
