# One task definition of the RUPAYA image (server, gateway or migrations, by its command), its
# log group, and a task role with no permissions: the application calls no AWS API.
resource "aws_cloudwatch_log_group" "this" {
  name              = "/${var.cluster_name}/${var.role}"
  # checkov:skip=CKV_AWS_338:retention is per environment: 365 days in production (infra-check asserts it), 30 in staging
  retention_in_days = var.log_retention_days
  kms_key_id        = var.kms_key_arn
}

resource "aws_iam_role" "task" {
  name               = "${var.cluster_name}-${var.role}-task"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

data "aws_region" "current" {}

resource "aws_ecs_task_definition" "this" {
  family                   = "${var.cluster_name}-${var.role}" # infra/deploy.sh looks it up by this name
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.cpu
  memory                   = var.memory
  execution_role_arn       = var.execution_role_arn
  task_role_arn            = aws_iam_role.task.arn
  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "X86_64"
  }
  volume {
    name = "tmp"
  }
  volume {
    name = "data"
  }
  container_definitions = jsonencode([{
    name                   = var.role
    image                  = var.image
    command                = var.command
    essential              = true
    readonlyRootFilesystem = true
    user                   = "10001:10001"
    stopTimeout            = var.stop_timeout_s
    portMappings           = [for port in var.ports : { name = "port-${port}", containerPort = port, protocol = "tcp" }]
    environment            = [for key, value in var.environment : { name = key, value = value }]
    secrets                = [for key, arn in var.secrets : { name = key, valueFrom = arn }]
    mountPoints = [
      { sourceVolume = "tmp", containerPath = "/tmp" },
      { sourceVolume = "data", containerPath = "/var/lib/rupaya" },
    ]
    healthCheck = var.health_command == null ? null : {
      command     = var.health_command
      interval    = 10
      timeout     = 5
      retries     = 3
      startPeriod = 20
    }
    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = aws_cloudwatch_log_group.this.name
        awslogs-region        = data.aws_region.current.name
        awslogs-stream-prefix = var.role
      }
    }
  }])
}
