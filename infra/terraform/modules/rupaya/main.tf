# One RUPAYA environment on AWS, composed from the modules beside this one. The environments
# (../../environments/*) call this with their own variables and nothing else.
locals {
  # Plain settings of every task (README "Configuration"); secrets come from Secrets Manager.
  environment = {
    RUPAYA_ENV                          = "production" # the server's mode: refuses weak or missing keys
    RUPAYA_LOG_FORMAT                   = "json"
    RUPAYA_ALLOW_PLAINTEXT              = "true" # TLS ends at the load balancer
    RUPAYA_MIGRATE_ON_START             = "false"
    RUPAYA_DATABASE_PREPARED_STATEMENTS = "off" # RDS Proxy would pin a session per prepared statement
    RUPAYA_SHUTDOWN_DRAIN               = tostring(var.shutdown_drain_s)
    RUPAYA_GRACE_PERIOD                 = tostring(var.grace_period_s)
    RUPAYA_TRUSTED_PROXIES              = var.vpc_cidr_block
    RUPAYA_JWT_KEY_ID                   = var.jwt_key_id
    RUPAYA_SMTP_HOST                    = var.smtp_host
    RUPAYA_SMTP_USERNAME                = var.smtp_username
    RUPAYA_MAIL_FROM                    = var.mail_from
    RUPAYA_PUBLIC_WEB_URL               = var.public_web_url
    RUPAYA_GATEWAY_UPSTREAM             = "server:50051" # Service Connect
  }
  secret = module.secrets.arns
  server_secrets = merge(
    {
      RUPAYA_JWT_PRIVATE_KEY = local.secret["jwt-private-key"]
      RUPAYA_DATA_KEY        = local.secret["data-key"]
      RUPAYA_DATABASE_URL    = local.secret["database-url"]
      RUPAYA_REDIS_URL       = local.secret["redis-url"]
      RUPAYA_SMTP_PASSWORD   = local.secret["smtp-password"]
    },
    # Ledger lists and analytics from the replica, straight (RDS Proxy has no reader endpoint
    # for RDS PostgreSQL): infra-check holds server_max_tasks x 20 under its max_connections.
    var.read_from_replica ? { RUPAYA_DATABASE_READ_URL = local.secret["database-read-url"] } : {},
  )
  # SIGTERM to SIGKILL: the drain, in-flight calls' grace, and a margin (Fargate allows 120 s).
  stop_timeout_s = var.shutdown_drain_s + var.grace_period_s + 5
  image          = "${module.ecr.url}:${var.initial_image_tag}"
}

module "kms" {
  source               = "../kms"
  name                 = var.name
  deletion_window_days = var.kms_deletion_window_days
}

module "network" {
  source             = "../network"
  name               = var.name
  cidr_block         = var.vpc_cidr_block
  availability_zones = var.availability_zones
  single_nat_gateway = var.single_nat_gateway
  log_retention_days = var.log_retention_days
  kms_key_arn        = module.kms.key_arn
}

module "ecr" {
  source      = "../ecr"
  name        = var.name
  keep_images = var.keep_images
  kms_key_arn = module.kms.key_arn
}

module "rds" {
  source                    = "../rds"
  name                      = var.name
  vpc_id                    = module.network.vpc_id
  subnet_ids                = module.network.data_subnet_ids
  client_security_group_ids = [module.rds_proxy.security_group_id, module.server.security_group_id] # the migration task runs in the server's group
  engine_version            = var.db_engine_version
  instance_class            = var.db_instance_class
  allocated_storage_gb      = var.db_allocated_storage_gb
  max_connections           = var.db_max_connections
  backup_retention_days     = var.db_backup_retention_days
  deletion_protection       = var.deletion_protection
  kms_key_arn               = module.kms.key_arn
}

module "rds_proxy" {
  source                     = "../rds_proxy"
  name                       = var.name
  vpc_id                     = module.network.vpc_id
  subnet_ids                 = module.network.private_subnet_ids
  client_security_group_ids  = [module.server.security_group_id]
  database_security_group_id = module.rds.security_group_id
  db_instance_identifier     = module.rds.primary_identifier
  credentials_secret_arn     = module.rds.master_user_secret_arn
  kms_key_arn                = module.kms.key_arn
  max_connections_percent    = var.db_proxy_max_connections_percent
}

module "redis" {
  source                    = "../redis"
  name                      = var.name
  vpc_id                    = module.network.vpc_id
  subnet_ids                = module.network.data_subnet_ids
  client_security_group_ids = [module.server.security_group_id]
  engine_version            = var.redis_engine_version
  node_type                 = var.redis_node_type
  snapshot_retention_days   = var.redis_snapshot_retention_days
  kms_key_arn               = module.kms.key_arn
}

module "secrets" {
  source               = "../secrets"
  name                 = var.name
  kms_key_arn          = module.kms.key_arn
  recovery_window_days = var.secret_recovery_window_days
  redis_url            = module.redis.url
}

module "alb" {
  source                     = "../alb"
  name                       = var.name
  vpc_id                     = module.network.vpc_id
  vpc_cidr_block             = var.vpc_cidr_block
  public_subnet_ids          = module.network.public_subnet_ids
  certificate_arn            = var.certificate_arn
  deletion_protection        = var.deletion_protection
  waf_requests_per_5_minutes = var.waf_requests_per_5_minutes
  log_retention_days         = var.log_retention_days
  kms_key_arn                = module.kms.key_arn
}

module "cluster" {
  source         = "../ecs_cluster"
  name           = var.name
  repository_arn = module.ecr.arn
  secret_arns    = values(local.server_secrets)
  kms_key_arn    = module.kms.key_arn
}

resource "aws_service_discovery_http_namespace" "this" {
  name        = var.name
  description = "Service Connect names of ${var.name}"
}

module "server_task" {
  source             = "../ecs_task"
  cluster_name       = module.cluster.name
  role               = "server"
  image              = local.image
  command            = ["python", "-m", "server", "serve"]
  cpu                = var.server_cpu
  memory             = var.server_memory
  ports              = [50051, 9464]
  environment        = local.environment
  secrets            = local.server_secrets
  health_command     = ["CMD", "python", "-m", "server", "healthcheck"]
  stop_timeout_s     = local.stop_timeout_s
  execution_role_arn = module.cluster.execution_role_arn
  log_retention_days = var.log_retention_days
  kms_key_arn        = module.kms.key_arn
}

module "gateway_task" {
  source             = "../ecs_task"
  cluster_name       = module.cluster.name
  role               = "gateway"
  image              = local.image
  command            = ["python", "-m", "gateway"]
  cpu                = var.gateway_cpu
  memory             = var.gateway_memory
  ports              = [8080, 9464]
  environment        = merge(local.environment, { RUPAYA_METRICS_PORT = "9464" })
  secrets            = {}
  health_command     = ["CMD", "python", "-m", "server", "healthcheck", "--http", "http://127.0.0.1:8080/v1/currencies"]
  stop_timeout_s     = local.stop_timeout_s
  execution_role_arn = module.cluster.execution_role_arn
  log_retention_days = var.log_retention_days
  kms_key_arn        = module.kms.key_arn
}

# Run once per release by infra/deploy.sh before the services roll; straight to the primary.
module "migrate_task" {
  source             = "../ecs_task"
  cluster_name       = module.cluster.name
  role               = "migrate"
  image              = local.image
  command            = ["python", "-m", "server", "migrate"]
  cpu                = 256
  memory             = 512
  ports              = []
  environment        = { RUPAYA_LOG_FORMAT = "json" }
  secrets            = { RUPAYA_DATABASE_URL = local.secret["migrate-database-url"] }
  health_command     = null
  stop_timeout_s     = 30
  execution_role_arn = module.cluster.execution_role_arn
  log_retention_days = var.log_retention_days
  kms_key_arn        = module.kms.key_arn
}

module "server" {
  source                        = "../ecs_service"
  cluster_name                  = module.cluster.name
  cluster_arn                   = module.cluster.arn
  role                          = "server"
  task_definition_arn           = module.server_task.arn
  container_port                = 50051
  target_group_arn              = module.alb.grpc_target_group_arn
  vpc_id                        = module.network.vpc_id
  vpc_cidr_block                = var.vpc_cidr_block
  subnet_ids                    = module.network.private_subnet_ids
  ingress_security_group_ids    = [module.alb.security_group_id, module.gateway.security_group_id]
  egress_ports_in_vpc           = [5432, 6379]
  egress_ports_anywhere         = [443, 587]
  service_connect_namespace_arn = aws_service_discovery_http_namespace.this.arn
  publish_as                    = "server"
  min_tasks                     = var.server_min_tasks
  max_tasks                     = var.server_max_tasks
}

module "gateway" {
  source                        = "../ecs_service"
  cluster_name                  = module.cluster.name
  cluster_arn                   = module.cluster.arn
  role                          = "gateway"
  task_definition_arn           = module.gateway_task.arn
  container_port                = 8080
  target_group_arn              = module.alb.http_target_group_arn
  vpc_id                        = module.network.vpc_id
  vpc_cidr_block                = var.vpc_cidr_block
  subnet_ids                    = module.network.private_subnet_ids
  ingress_security_group_ids    = [module.alb.security_group_id]
  egress_ports_in_vpc           = [50051]
  egress_ports_anywhere         = [443]
  service_connect_namespace_arn = aws_service_discovery_http_namespace.this.arn
  publish_as                    = null
  min_tasks                     = var.gateway_min_tasks
  max_tasks                     = var.gateway_max_tasks
}

module "alarms" {
  source                       = "../alarms"
  name                         = var.name
  kms_key_arn                  = module.kms.key_arn
  alb_arn_suffix               = module.alb.arn_suffix
  grpc_target_group_arn_suffix = module.alb.grpc_target_group_arn_suffix
  db_primary_identifier        = module.rds.primary_identifier
  db_replica_identifier        = module.rds.replica_identifier
  db_proxy_name                = module.rds_proxy.name
  redis_replication_group_id   = module.redis.replication_group_id
  alb_5xx_per_minute           = var.alarm_alb_5xx_per_minute
  p99_latency_s                = var.alarm_p99_latency_s
  db_free_storage_bytes        = var.db_allocated_storage_gb * 1024 * 1024 * 1024 / 10 # under 10% left
  replica_lag_s                = var.alarm_replica_lag_s
  # 90% of the proxy's share of max_connections.
  db_proxy_connections = floor(var.db_max_connections * var.db_proxy_max_connections_percent / 100 * 0.9)
}
