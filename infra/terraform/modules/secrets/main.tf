# Secrets Manager entries the tasks read at start (ECS injects them as environment variables or
# the key file). Terraform makes the containers; the signing key, the data key and the database
# URLs are put in by an operator (docs/deploy.md "Terraform"), so their values never pass through
# Terraform or its state. The Redis URL carries the auth token Terraform generated for Redis.
locals {
  operator_set = {
    jwt-private-key      = "Ed25519 private key (PEM) that signs access tokens (RUPAYA_JWT_PRIVATE_KEY)"
    data-key             = "32 random bytes, base64: encrypts secrets at rest and keys MACs (RUPAYA_DATA_KEY)"
    database-url         = "postgresql:// URL through RDS Proxy, user and password from the RDS-managed secret"
    migrate-database-url = "postgresql:// URL straight to the primary, for the migration task"
    database-read-url    = "postgresql:// URL straight to the read replica (RUPAYA_DATABASE_READ_URL), read when read_from_replica is on"
    smtp-password        = "Password of the SMTP relay (RUPAYA_SMTP_PASSWORD)"
  }
}

resource "aws_secretsmanager_secret" "operator_set" {
  # checkov:skip=CKV2_AWS_57:rotated by the runbooks, not a Lambda: the signing key with `rotate-keys` (keyring keeps old kids verifying), the data key by re-encryption, the URLs with the RDS-managed password
  for_each                = local.operator_set
  name                    = "${var.name}/${each.key}"
  description             = each.value
  kms_key_id              = var.kms_key_arn
  recovery_window_in_days = var.recovery_window_days
}

resource "aws_secretsmanager_secret" "redis_url" {
  # checkov:skip=CKV2_AWS_57:the token rotates with the ElastiCache auth token (terraform apply of a new random_password, AUTH ROTATE strategy)
  name                    = "${var.name}/redis-url"
  description             = "rediss:// URL with the ElastiCache auth token (RUPAYA_REDIS_URL)"
  kms_key_id              = var.kms_key_arn
  recovery_window_in_days = var.recovery_window_days
}

resource "aws_secretsmanager_secret_version" "redis_url" {
  secret_id     = aws_secretsmanager_secret.redis_url.id
  secret_string = var.redis_url
}
