/**
 * E-mail to a session's owner when its background work ends by itself (optional: only with an SMTP
 * server and a mail domain configured).
 */
@NullMarked
package com.ccp.notification;

import org.jspecify.annotations.NullMarked;
